import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, openPortalSession, tabTo, type PortalSession } from './portal-in-chromium.js';

// The schemes' check on the example portal in a real Chromium, under the strict policy with Trusted Types.

let session: PortalSession;

beforeAll(async () => {
  session = await openPortalSession();
}, 60_000);

afterAll(() => session?.close());

describe('the check of the compensation schemes on the example portal', () => {
  it('can be filled in with the keyboard alone under the strict policy, with no violation, error or foreign request', async () => {
    const { page, violations, foreignRequests, pageErrors } = await session.visit('/ordninger');
    await tabTo(page, 'schemes-isbryder');
    await page.keyboard.press('Space');
    await tabTo(page, 'impairment-long-lasting-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'education-months');
    await page.keyboard.type('36');
    await tabTo(page, 'education-unemployment-insurance-qualifying-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'education-completed-on');
    await page.keyboard.type('30-06-2025');
    await tabTo(page, 'education-experience-in-field-yes');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'isbryder-duration-months');
    await page.keyboard.type('12');
    await tabTo(page, 'isbryder-employer-is-last-employer-yes');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'isbryder-employer-sector-private');
    await page.keyboard.press('Space');
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');

    await page.waitForSelector('#sent:not([hidden])');
    const sent = JSON.parse((await page.$eval('#sent-json', (element) => element.textContent)) ?? '{}') as {
      answers: { education: unknown };
      results: { ruleSet: string; recommendation: string; criteria: { id: string; status: string }[] }[];
    };
    expect(sent.answers.education).toEqual({ months: 36, unemploymentInsuranceQualifying: true, completedOn: '2025-06-30', experienceInField: false });
    expect(sent.results.map((result) => result.ruleSet)).toEqual(['isbryder']);
    // Without a planned start the evaluation date counts; the window closes on 2027-06-30.
    const window = sent.results[0]?.criteria.find((criterion) => criterion.id === 'within-two-years')?.status;
    expect(window).toBe(new Date().toISOString().slice(0, 10) <= '2027-06-30' ? 'met' : 'not-met');
    expect(await focused(page)).toBe('result-heading');
    const text = await page.$eval('rummelig-hko-check', (element) => element.shadowRoot?.querySelector('[part="result-scheme"]')?.textContent ?? '');
    expect(text).toContain('Isbryderordningen');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('shows an error summary for an answer it cannot read, still with no violation', async () => {
    const { page, violations } = await session.visit('/ordninger?schemes=mentor');
    await tabTo(page, 'mentor-requested-months');
    await page.keyboard.type('et halvt år');
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('rummelig-hko-check')?.shadowRoot?.querySelector('#error-summary') !== null);
    expect(await focused(page)).toBe('error-summary');
    expect(violations).toEqual([]);
    await page.close();
  });
});
