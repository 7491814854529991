import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { componentsReady, focused, openPortalSession, pressPrimary, settled, tabTo, tickThenSend, type PortalSession, type Visit, type VisitOptions } from './portal-in-chromium.js';

// The example portal in a real Chromium, served with its strict Content-Security-Policy:
// what a citizen on a municipal site gets.

let session: PortalSession;
let visit: (path: string, options?: VisitOptions) => Promise<Visit>;

beforeAll(async () => {
  session = await openPortalSession();
  visit = (path, options) => session.visit(path, options);
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

  it('speaks English throughout on its English page, the portal’s own words too', async () => {
    const { page, violations, pageErrors } = await visit('/?lang=en');
    const portal = await page.evaluate(() => {
      // The portal's own words: everything but the component's, and what the script writes into <pre> after a send.
      const own = (node: Node): string[] =>
        [...node.childNodes].flatMap((child) => {
          if (child instanceof Element && (child.localName.startsWith('rummelig-') || child.localName === 'pre')) return [];
          return child.nodeType === Node.TEXT_NODE ? [child.textContent?.trim() ?? ''] : own(child);
        });
      const labels = [...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
      return { lang: document.documentElement.lang, title: document.title, texts: [...own(document.body), ...labels].filter(Boolean) };
    });
    expect(portal.lang).toBe('en');
    expect(portal.title).toBe('Screening for impairments – Eksempelby Job Centre');
    expect(portal.texts).toContain('Screening for impairments');
    // Danish words and letters that no English sentence of the page has; "Eksempelby" is a name in either language.
    expect(portal.texts.filter((text) => /[æøå]|\b(og|af|til|ikke|Gå|Siden|Svar)\b/i.test(text))).toEqual([]);
    const heading = await page.$eval('rummelig-opsporing', (element) => element.shadowRoot?.querySelector('.heading-2')?.textContent ?? '');
    expect(heading).toBe('Do you have an impairment that affects your job and education prospects?');
    expect(await page.$eval('footer a[href^="/ordninger"]', (link) => link.getAttribute('href'))).toBe('/ordninger?lang=en');
    const contact = await page.$eval('rummelig-opsporing', (element) => element.shadowRoot?.querySelector('[part="contact"]')?.textContent ?? '');
    expect(contact).toContain('Monday to Friday 9-12');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
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

  it('submits the answers through the plain HTML form around the component, which refuses an incomplete screening', async () => {
    const { page, violations, pageErrors } = await visit('/');
    const posted = () => page.$eval('#posted-json', (element) => element.textContent ?? '');
    expect(await page.$eval('#portal-form', (form) => (form as HTMLFormElement).checkValidity())).toBe(false);
    await page.$eval('#portal-form', (form) => (form as HTMLFormElement).requestSubmit());
    await settled(page, 'rummelig-opsporing');
    expect(await posted()).toBe('');
    expect(await focused(page)).toBe('error-summary');

    await page.$eval('rummelig-opsporing', (element) => {
      (element as HTMLElement & { answers: unknown }).answers = {
        form: 'opsporing',
        formVersion: 1,
        noImpairment: true,
        medicallyDocumented: false,
        priorCompensationSchemes: false,
        priorLimitation: false,
      };
    });
    await settled(page, 'rummelig-opsporing');
    await pressPrimary(page);
    await page.waitForFunction(() => (document.querySelector('#posted-json')?.textContent ?? '') !== '');
    const data = JSON.parse(await posted()) as { opsporing: string };
    expect(JSON.parse(data.opsporing)).toMatchObject({ form: 'opsporing', noImpairment: true });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps what the citizen typed through a reload, says so, and forgets it once the answers are sent', async () => {
    const { page, violations, pageErrors } = await visit('/');
    const control = (id: string) =>
      page.$eval('rummelig-opsporing', (element, target) => {
        const field = element.shadowRoot?.querySelector(`#${target}`) as HTMLInputElement | HTMLTextAreaElement;
        return field.type === 'checkbox' || field.type === 'radio' ? (field as HTMLInputElement).checked : field.value;
      }, id);
    const text = (selector: string) => page.$eval('rummelig-opsporing', (element, target) => element.shadowRoot?.querySelector(target)?.textContent ?? '', selector);
    expect(await text('[part="draft-notice"]')).toContain('gemmes i denne fane i browseren');

    await tabTo(page, 'impairment-autism');
    await page.keyboard.press('Space');
    await tabTo(page, 'impact-autism-none');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'impact-description');
    await page.keyboard.type('Jeg har brug for faste rammer.');
    await settled(page, 'rummelig-opsporing');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toHaveLength(1);

    await page.reload({ waitUntil: 'networkidle0' });
    await componentsReady(page);
    await settled(page, 'rummelig-opsporing');
    expect(await control('impairment-autism')).toBe(true);
    expect(await control('impact-autism-small')).toBe(true);
    expect(await control('impact-description')).toBe('Jeg har brug for faste rammer.');
    expect(await text('[role="status"]')).toContain('Vi har hentet de svar, du var i gang med.');

    await tickThenSend(page, ['medically-documented-yes', 'prior-compensation-schemes-yes', 'prior-limitation-yes']);
    await page.waitForSelector('#sent:not([hidden])');
    await settled(page, 'rummelig-opsporing');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

    await page.reload({ waitUntil: 'networkidle0' });
    await componentsReady(page);
    await settled(page, 'rummelig-opsporing');
    expect(await control('impairment-autism')).toBe(false);
    expect(await control('impact-description')).toBe('');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('asks one thing per page on a phone, with the page title following each page, and no horizontal scrolling', async () => {
    const { page, violations, pageErrors } = await visit('/', { viewport: { width: 320, height: 640 } });
    const press = async () => {
      await pressPrimary(page);
      await settled(page, 'rummelig-opsporing');
    };
    const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(await scrollsSideways()).toBe(false);
    await press();
    expect(await page.title()).toBe('Personoplysninger – Screening af funktionsnedsættelse – Jobcenter Eksempelby');
    await press();
    expect(await page.title()).toBe('Funktionsnedsættelse – Screening af funktionsnedsættelse – Jobcenter Eksempelby');
    // The browser's own Back goes to the previous page of the form, not away from the portal.
    await page.goBack();
    await settled(page, 'rummelig-opsporing');
    expect(await page.title()).toBe('Personoplysninger – Screening af funktionsnedsættelse – Jobcenter Eksempelby');
    expect(page.url()).toMatch(/\/$/);
    await page.goForward();
    await settled(page, 'rummelig-opsporing');
    await press();
    expect(await focused(page)).toBe('error-summary');
    expect(await scrollsSideways()).toBe(false);
    // A reload brings the kept draft back onto its page before the portal's script listens; the title names it all the same.
    await page.reload({ waitUntil: 'networkidle0' });
    await componentsReady(page);
    await settled(page, 'rummelig-opsporing');
    expect(await page.title()).toBe('Funktionsnedsættelse – Screening af funktionsnedsættelse – Jobcenter Eksempelby');
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
