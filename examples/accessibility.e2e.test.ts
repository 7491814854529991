import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPortalSession, pressPrimary, settled, type PortalSession } from './portal-in-chromium.js';

// axe-core over the example portal's whole pages, as Digitaliseringsstyrelsen's monitoring looks at a page: the
// page's title and language, its landmarks and headings, and the components inside, in both themes and on a phone.

let session: PortalSession;

beforeAll(async () => {
  session = await openPortalSession();
}, 60_000);

afterAll(() => session?.close());

describe('the example portal’s pages, whole, under axe', () => {
  it.each([
    ['/', { width: 1024, height: 768 }],
    ['/?theme=alternative', { width: 1024, height: 768 }],
    ['/', { width: 320, height: 640 }],
    ['/?theme=alternative', { width: 320, height: 640 }],
    ['/sagsbehandler', { width: 1024, height: 768 }],
    ['/react', { width: 375, height: 700 }],
    ['/vue', { width: 375, height: 700 }],
    ['/ordninger', { width: 1024, height: 768 }],
    ['/ordninger?theme=alternative', { width: 320, height: 640 }],
  ])('%s at %o has no violations, empty and with the error summary', async (path, viewport) => {
    const tag = path.startsWith('/ordninger') ? 'rummelig-hko-check' : 'rummelig-opsporing';
    const { page } = await session.visit(path, { viewport, withAxe: true });
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title.length > 0 }))).toEqual({ lang: 'da', title: true });
    expect(await axeViolations(page)).toEqual([]);
    for (let press = 0; press < 4; press += 1) {
      const shown = await page.$eval(tag, (element) => element.shadowRoot?.querySelector('#error-summary') !== null);
      if (shown) break;
      await pressPrimary(page, tag);
      await settled(page, tag);
    }
    expect(await page.$eval(tag, (element) => element.shadowRoot?.querySelector('#error-summary') !== null), 'the error summary is shown').toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
