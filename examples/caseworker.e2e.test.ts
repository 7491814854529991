import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { focused, openPortalSession, tabTo, tickThenSend, type PortalSession } from './portal-in-chromium.js';

// The caseworker page of the example portal in a real Chromium, under the strict
// Content-Security-Policy: a whole screening, step 1 then step 2, with the keyboard alone.

let session: PortalSession;

beforeAll(async () => {
  session = await openPortalSession();
}, 60_000);

afterAll(() => session?.close());

interface Saved {
  opsporing: { answers: Record<string, unknown>; result: { decision: string } };
  visitation: { answers: Record<string, unknown>; result: { recommendation: string; decision: string } };
}

/** Text inside a component's shadow root. */
const shadowText = (page: Page, selector: string) => page.$eval(selector, (element) => element.shadowRoot?.textContent ?? '');

describe('the caseworker page in Chromium', () => {
  it('runs a whole screening, step 1 then step 2, with the keyboard alone', async () => {
    const { page, violations, foreignRequests, pageErrors } = await session.visit('/sagsbehandler');
    expect(await page.$eval('#step-2', (element) => (element as HTMLElement).hidden)).toBe(true);
    // heading-level="3": the form's own heading goes under the step's <h2>, not beside it.
    expect(await page.$eval('#opsporing', (element) => element.shadowRoot?.querySelector('.heading-2')?.tagName)).toBe('H3');

    // Step 1: the caseworker fills the opsporing with the citizen.
    await tabTo(page, 'impairment-mental-illness');
    await page.keyboard.press('Space');
    await tabTo(page, 'impact-mental-illness-none');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'impact-description');
    await page.keyboard.type('Angst i store grupper.');
    await tickThenSend(page, ['medically-documented-yes', 'prior-compensation-schemes-yes', 'prior-limitation-yes', 'citizen-wants-visitation-yes', 'refer-to-visitation-yes']);

    // The page hands over and moves focus to step 2.
    await page.waitForSelector('#step-2:not([hidden])');
    await page.waitForFunction(() => document.activeElement?.id === 'step-2-heading');
    const visitationText = await shadowText(page, 'rummelig-visitation');
    expect(visitationText).toContain('Fra opsporingen');
    expect(visitationText).toContain('Angst i store grupper.');

    // Step 2: the job broker writes the minutes and the assessment; what step 1 said is already there.
    for (const [id, text] of [
      ['experience', 'Lager i seks år.'],
      ['job-functions', 'Plukning og truckkørsel.'],
      ['support-and-start-conditions', 'Faste opgaver.'],
      ['goal-1', 'Lagermedarbejder'],
      ['goal-2', 'Chauffør'],
      ['goal-3', 'Pedelmedhjælper'],
    ] as const) {
      await tabTo(page, id);
      await page.keyboard.type(text);
    }
    await tabTo(page, 'primary-impairment');
    await page.keyboard.type('Psyk');
    await tabTo(page, 'impact-past-none');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, 'impact-future-none');
    for (let step = 0; step < 2; step += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, 'hko-needed-now-yes');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'prospects-citizen-very-poor');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'prospects-jobformidler-very-poor');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    for (const id of ['motivated-yes', 'refer-to-programme-yes']) {
      await tabTo(page, id);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');

    await page.waitForSelector('#sent:not([hidden])');
    const saved = JSON.parse((await page.$eval('#sent-json', (element) => element.textContent)) ?? '{}') as Saved;
    expect(saved.opsporing.result.decision).toBe('refer');
    expect(saved.visitation.answers).toMatchObject({
      dialogue: { impairment: 'Borgers uddybning i opsporingsskemaet: Angst i store grupper.', goals: ['Lagermedarbejder', 'Chauffør', 'Pedelmedhjælper'] },
      impairments: { primary: 'mental-illness' },
      impactPast: 'large',
      impactFuture: 'medium',
      hkoNeededBefore: true,
      hkoNeededNow: false,
      prospectsCitizen: 'poor',
      prospectsJobformidler: 'good',
    });
    expect(saved.visitation.answers).not.toHaveProperty('impairments.others');
    expect(saved.visitation.result.recommendation).toBe('visit');
    expect(saved.visitation.result.decision).toBe('visit');
    expect(await focused(page)).toBe('result-heading');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('ends the screening after step 1 when the caseworker does not refer', async () => {
    const { page, violations, pageErrors } = await session.visit('/sagsbehandler');
    await page.$eval('rummelig-opsporing', (element) => {
      (element as HTMLElement & { answers: unknown }).answers = {
        form: 'opsporing',
        formVersion: 1,
        noImpairment: true,
        caseworker: { citizenWantsVisitation: false, referToVisitation: false },
      };
    });
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#not-referred:not([hidden])');
    expect(await page.$eval('#step-2', (element) => (element as HTMLElement).hidden)).toBe(true);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling, with both steps shown', async () => {
    const { page } = await session.visit('/sagsbehandler');
    await page.setViewport({ width: 320, height: 800 });
    await page.$eval('rummelig-opsporing', (element) => {
      (element as HTMLElement & { answers: unknown }).answers = {
        form: 'opsporing',
        formVersion: 1,
        impairments: [{ type: 'mental-illness', impact: 'large', score: 8 }],
        impactDescription: 'Angst.',
        medicallyDocumented: true,
        priorCompensationSchemes: true,
        priorLimitation: true,
        caseworker: { citizenWantsVisitation: true, referToVisitation: true },
      };
    });
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#step-2:not([hidden])');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
