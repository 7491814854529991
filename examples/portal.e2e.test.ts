import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createPortalServer } from './portal-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

// The example portal in a real Chromium, served with its strict Content-Security-Policy:
// what a citizen on a municipal site gets.

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = createPortalServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Visit {
  page: Page;
  violations: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const visit: Visit = { page, violations: [], foreignRequests: [], pageErrors: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) visit.foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => visit.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) visit.violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => visit.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('rummelig-opsporing') !== undefined);
  return visit;
}

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

  it('ships no validator compiler: the bundle holds ajv’s generated code, not ajv', () => {
    const bundle = readFileSync(new URL('../packages/forms/dist/rummelig-forms.js', import.meta.url), 'utf8');
    expect(bundle).not.toMatch(/compileSchema|addKeyword|strictSchema/);
    expect(bundle).toContain('rummelig-opsporing');
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
