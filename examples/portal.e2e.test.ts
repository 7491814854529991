import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { focused, openPortalSession, tabTo, type PortalSession, type Visit } from './portal-in-chromium.js';

// The example portal in a real Chromium, served with its strict Content-Security-Policy:
// what a citizen on a municipal site gets.

let session: PortalSession;
let visit: (path: string) => Promise<Visit>;

beforeAll(async () => {
  session = await openPortalSession();
  visit = (path) => session.visit(path);
}, 60_000);

afterAll(() => session?.close());

describe('the example portal in Chromium', () => {
  it('loads the components under the strict policy without a single violation or error', async () => {
    const { page, violations, foreignRequests, pageErrors } = await visit('/');
    const heading = await page.$eval('rummelig-opsporing', (element) => element.shadowRoot?.querySelector('h2')?.textContent ?? '');
    expect(heading).toMatch(/funktionsnedsættelse/);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('enforces Trusted Types on the page: a direct write of HTML is refused and reported', async () => {
    const { page, violations } = await visit('/');
    const refused = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    // The violation event reaches the test through an exposed function, a moment after the refusal.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations.join('\n')).toMatch(/require-trusted-types-for/);
    await page.close();
  });

  it('ships no validator compiler: the bundle holds ajv’s generated code, not ajv', () => {
    const bundle = readFileSync(new URL('../packages/forms/dist/rummelig-forms.js', import.meta.url), 'utf8');
    expect(bundle).not.toMatch(/compileSchema|addKeyword|strictSchema/);
    expect(bundle).toContain('rummelig-opsporing');
  });

  it('can be filled in with the keyboard alone, and shows the result', async () => {
    const { page, violations, pageErrors } = await visit('/');
    await tabTo(page, 'impairment-dyslexia-dyscalculia');
    await page.keyboard.press('Space');
    await tabTo(page, 'impact-dyslexia-dyscalculia-none');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'impact-description');
    await page.keyboard.type('Jeg læser langsomt og har brug for oplæsning.');
    await tabTo(page, 'medically-documented-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'prior-compensation-schemes-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'prior-limitation-yes');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');

    await page.waitForSelector('#sent:not([hidden])');
    const sent = JSON.parse((await page.$eval('#sent-json', (element) => element.textContent)) ?? '{}') as {
      answers: { impairments: unknown; priorLimitation: unknown };
      result: { recommendation: string };
    };
    expect(sent.answers.impairments).toEqual([{ type: 'dyslexia-dyscalculia', impact: 'small' }]);
    expect(sent.answers.priorLimitation).toBe(false);
    expect(sent.result.recommendation).toBe('undetermined');
    expect(await focused(page)).toBe('result-heading');
    const explanation = await page.$eval('rummelig-opsporing', (element) => element.shadowRoot?.querySelector('.result')?.textContent ?? '');
    expect(explanation).toContain('Tak for dine svar');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the caseworker section only on the caseworker view', async () => {
    const citizen = await visit('/');
    const caseworker = await visit('/?mode=caseworker');
    const hasSection = (page: Page) =>
      page.$eval('rummelig-opsporing', (element) => (element.shadowRoot?.textContent ?? '').includes('Udfyldes af sagsbehandler'));
    expect(await hasSection(citizen.page)).toBe(false);
    expect(await hasSection(caseworker.page)).toBe(true);
    await citizen.page.close();
    await caseworker.page.close();
  });
});
