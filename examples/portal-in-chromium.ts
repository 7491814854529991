import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page, type Viewport } from 'puppeteer-core';
import { startPortal } from './portal-on-loopback.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

/** One page of the example portal, with everything that went wrong on it recorded. */
export interface Visit {
  readonly page: Page;
  /** Content-Security-Policy and Trusted Types violations, as the browser reported them. */
  readonly violations: string[];
  /** Requests to anything but the portal itself. */
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
}

export interface VisitOptions {
  /** The window's size, e.g. a phone's; puppeteer's default (800 × 600) when absent. */
  readonly viewport?: Viewport;
  /**
   * Loads axe-core into the page for a whole-page check. The strict policy
   * refuses any script it did not list, axe included, so the page is opened
   * with the policy bypassed: such a visit says nothing about the policy.
   */
  readonly withAxe?: boolean;
}

export interface PortalSession {
  readonly origin: string;
  visit(path: string, options?: VisitOptions): Promise<Visit>;
  close(): Promise<void>;
}

/** The example portal on a loopback port, and a Chromium to visit it with. */
export async function openPortalSession(): Promise<PortalSession> {
  const portal = await startPortal();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await portal.close();
    throw error;
  }
  return {
    origin: portal.origin,
    visit: (path, options) => visitPage(browser, portal.origin, path, options),
    close: async () => {
      await browser.close();
      await portal.close();
    },
  };
}

async function visitPage(browser: Browser, origin: string, path: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await browser.newPage();
  if (options.viewport) await page.setViewport(options.viewport);
  if (options.withAxe) await page.setBypassCSP(true);
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
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await componentsReady(page);
  if (options.withAxe) await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return visit;
}

/** axe-core over the whole page, shadow roots included: WCAG 2.0, 2.1 A and AA and best practices. Needs `withAxe`. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${JSON.stringify(node.target)}`));
  });
}

/** Waits until the page has registered the components, after a visit or a reload. */
export async function componentsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => ['rummelig-opsporing', 'rummelig-visitation', 'rummelig-hko-check'].every((name) => customElements.get(name) !== undefined));
}

/** Waits until a component has handled everything it was given: the promise of a check and the render after it. */
export async function settled(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (tag) => {
    const element = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
    for (let turn = 0; turn < 3; turn += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
    }
  }, selector);
}

/** Clicks a form's primary button (`part="submit"`): Start on the first page of the steps, Fortsæt after it, Send at the end. */
export async function pressPrimary(page: Page, selector = 'rummelig-opsporing'): Promise<void> {
  await page.$eval(selector, (element) => (element.shadowRoot?.querySelector('[part="submit"]') as HTMLElement).click());
}

/** The id (or part) of the focused control, looking inside nested shadow roots. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? active.id || active.getAttribute('part') || active.tagName : '';
  });
}

/** Presses Tab until the control is focused, as a keyboard user would. */
export async function tabTo(page: Page, target: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focused(page)}`);
}

/** Ticks each control with Space, reaching it with Tab, then sends the form with Enter on its button: a keyboard user's way. */
export async function tickThenSend(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await tabTo(page, id);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'submit');
  await page.keyboard.press('Enter');
}
