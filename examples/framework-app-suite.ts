import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { focused, openPortalSession, pressPrimary, settled, tabTo, tickThenSend, type PortalSession } from './portal-in-chromium.js';

/** A framework's example app (examples/react, examples/vue): the screening on one of its router's routes. */
export interface FrameworkApp {
  readonly framework: string;
  /** The screening's route; `${path}/om` is the app's other route. */
  readonly path: string;
  /** The keys the router keeps in each entry of the browser's history, besides the form's. */
  readonly routerStateKeys: readonly string[];
}

const FORM_KEY = 'rummelig-page:opsporing:opsporing';
const PHONE = { width: 375, height: 700 };
const FIRST_STEP = /^1\/7: Personoplysninger$/;
const SECOND_STEP = /^2\/7/;

const shadowText = (page: Page, selector: string) =>
  page.$eval('rummelig-opsporing', (element, target) => element.shadowRoot?.querySelector(target)?.textContent?.trim() ?? '', selector);
const nameTyped = (page: Page) =>
  page.$eval('rummelig-opsporing', (element) => (element.shadowRoot?.querySelector('#name') as HTMLInputElement).value);
// The app's own step indicator, which it fills from the form's `rummelig-step` events.
const stepShown = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#app-step')?.textContent ?? ''), {}, pattern.source);

/**
 * What every framework's example must do, in Chromium under the portal's strict policy: render the custom element
 * with the properties the framework passes, keep what was typed when the framework renders again, hear the form's
 * events, and let the form's pages be entries in the browser's history beside the app's router's.
 */
export function describeFrameworkApp({ framework, path, routerStateKeys }: FrameworkApp): void {
  let session: PortalSession;

  beforeAll(async () => {
    session = await openPortalSession();
  }, 60_000);

  afterAll(() => session?.close());

  describe(`the ${framework} example in Chromium`, () => {
    it(`renders the component with the properties ${framework} passes, without a violation or an error`, async () => {
      const { page, violations, foreignRequests, pageErrors } = await session.visit(path);
      expect(await shadowText(page, '[part="contact"]')).toContain('Jobcenter Eksempelby på tlf. 12 34 56 78');
      expect(await shadowText(page, '[part="submit"]')).toBe('Send til jobcentret');
      expect(violations).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    });

    it(`keeps what was typed when ${framework} renders again, switches language, and hears the submit`, async () => {
      const { page, violations, pageErrors } = await session.visit(path);
      await tabTo(page, 'name');
      await page.keyboard.type('Mette Jensen');
      await page.click('#switch-language');
      await settled(page, 'rummelig-opsporing');
      expect(await shadowText(page, 'h2')).toBe('Do you have an impairment that affects your job and education prospects?');
      expect(await shadowText(page, '[part="submit"]')).toBe('Send to the job centre');
      expect(await nameTyped(page)).toBe('Mette Jensen');

      await tickThenSend(page, ['no-impairment', 'medically-documented-yes', 'prior-compensation-schemes-yes', 'prior-limitation-yes']);
      await page.waitForSelector('#app-sent');
      expect(await page.$eval('#app-recommendation', (element) => element.textContent)).toBe('do-not-refer');
      expect(await focused(page)).toBe('result-heading');
      expect(violations).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it(`shows, in ${framework}, the page the steps flow is on, on a phone`, async () => {
      const { page, pageErrors } = await session.visit(path, { viewport: PHONE });
      await pressPrimary(page);
      await stepShown(page, FIRST_STEP);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });

  describe(`the form’s history under the ${framework} app’s router`, () => {
    it('moves between the form’s pages on Back and Forward without leaving the route, and finds them again after it', async () => {
      const { page, pageErrors, violations } = await session.visit(path, { viewport: PHONE });
      await pressPrimary(page);
      await stepShown(page, FIRST_STEP);
      await tabTo(page, 'name');
      await page.keyboard.type('Mette Jensen');
      await pressPrimary(page);
      await stepShown(page, SECOND_STEP);
      const second = await shadowText(page, '#page-heading');
      await page.evaluate(() => Object.assign(document.querySelector('rummelig-opsporing') ?? {}, { marked: true }));

      await page.goBack();
      await stepShown(page, FIRST_STEP);
      // The same element on the same route: the router re-read the entry and kept the form mounted, with what was typed.
      expect(await page.evaluate(() => location.pathname)).toBe(path);
      expect(await page.evaluate(() => (document.querySelector('rummelig-opsporing') as unknown as { marked?: boolean }).marked)).toBe(true);
      expect(await nameTyped(page)).toBe('Mette Jensen');
      // The router's own state is still in the entry, beside the form's page.
      expect(await page.evaluate(() => Object.keys(history.state as object).sort())).toEqual([...routerStateKeys, FORM_KEY].sort());

      await page.goForward();
      await stepShown(page, SECOND_STEP);

      await page.click(`a[href="${path}/om"]`);
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
}
