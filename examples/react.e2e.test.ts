import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { focused, openPortalSession, pressPrimary, settled, tabTo, type PortalSession } from './portal-in-chromium.js';

// The React example (examples/react, built by `npm run build`) in Chromium under the portal's strict policy:
// a framework rendering the custom element, passing it properties and listening to its events.

let session: PortalSession;

beforeAll(async () => {
  session = await openPortalSession();
}, 60_000);

afterAll(() => session?.close());

const shadowText = (page: Page, selector: string) =>
  page.$eval('rummelig-opsporing', (element, target) => element.shadowRoot?.querySelector(target)?.textContent?.trim() ?? '', selector);
const nameTyped = (page: Page) =>
  page.$eval('rummelig-opsporing', (element) => (element.shadowRoot?.querySelector('#name') as HTMLInputElement).value);
// The app's own step indicator, which it fills from the form's `rummelig-step` events.
const stepShown = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#react-step')?.textContent ?? ''), {}, pattern.source);
const FIRST_STEP = /^1\/7: Personoplysninger$/;
const SECOND_STEP = /^2\/7/;

describe('the React example in Chromium', () => {
  it('renders the component with the properties React passes, without a violation or an error', async () => {
    const { page, violations, foreignRequests, pageErrors } = await session.visit('/react');
    expect(await shadowText(page, '[part="contact"]')).toContain('Jobcenter Eksempelby på tlf. 12 34 56 78');
    expect(await shadowText(page, '[part="submit"]')).toBe('Send til jobcentret');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('keeps what was typed when React re-renders, switches language, and hears the submit', async () => {
    const { page, violations, pageErrors } = await session.visit('/react');
    await tabTo(page, 'name');
    await page.keyboard.type('Mette Jensen');
    await page.click('#switch-language');
    await settled(page, 'rummelig-opsporing');
    expect(await shadowText(page, 'h2')).toBe('Do you have an impairment that affects your job and education prospects?');
    expect(await shadowText(page, '[part="submit"]')).toBe('Send to the job centre');
    expect(await nameTyped(page)).toBe('Mette Jensen');

    await tabTo(page, 'no-impairment');
    await page.keyboard.press('Space');
    for (const id of ['medically-documented-yes', 'prior-compensation-schemes-yes', 'prior-limitation-yes']) {
      await tabTo(page, id);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#react-sent');
    expect(await page.$eval('#react-recommendation', (element) => element.textContent)).toBe('do-not-refer');
    expect(await focused(page)).toBe('result-heading');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows, in React, the page the steps flow is on, on a phone', async () => {
    const { page, pageErrors } = await session.visit('/react', { viewport: { width: 375, height: 700 } });
    await pressPrimary(page);
    await stepShown(page, FIRST_STEP);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the form’s history under the React app’s router', () => {
  const pageHeading = (page: Page) => shadowText(page, '#page-heading');

  it('moves between the form’s pages on Back and Forward without leaving the route, and finds them again after it', async () => {
    const { page, pageErrors, violations } = await session.visit('/react', { viewport: { width: 375, height: 700 } });
    await pressPrimary(page);
    await stepShown(page, FIRST_STEP);
    await tabTo(page, 'name');
    await page.keyboard.type('Mette Jensen');
    await pressPrimary(page);
    await stepShown(page, SECOND_STEP);
    const second = await pageHeading(page);
    await page.evaluate(() => Object.assign(document.querySelector('rummelig-opsporing') ?? {}, { marked: true }));

    await page.goBack();
    await stepShown(page, FIRST_STEP);
    // The same element on the same route: the router re-read the entry and kept the form mounted, with what was typed.
    expect(await page.evaluate(() => location.pathname)).toBe('/react');
    expect(await page.evaluate(() => (document.querySelector('rummelig-opsporing') as unknown as { marked?: boolean }).marked)).toBe(true);
    expect(await nameTyped(page)).toBe('Mette Jensen');
    // The router's own state (its index of the entry) is still in the entry, beside the form's page.
    expect(await page.evaluate(() => Object.keys(history.state as object).sort())).toEqual(['idx', 'rummelig-page:opsporing:opsporing']);

    await page.goForward();
    await stepShown(page, SECOND_STEP);

    await page.click('a[href="/react/om"]');
    await page.waitForSelector('#about-heading');
    await page.goBack();
    await page.waitForSelector('rummelig-opsporing');
    // A new element on the route again, on the page of the entry, from its draft.
    await page.waitForFunction(
      (heading) => document.querySelector('rummelig-opsporing')?.shadowRoot?.querySelector('#page-heading')?.textContent?.trim() === heading,
      {},
      second,
    );
    await stepShown(page, SECOND_STEP);
    await page.goBack();
    await stepShown(page, FIRST_STEP);
    expect(await nameTyped(page)).toBe('Mette Jensen');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
