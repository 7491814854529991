import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions, type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../examples/chromium.js';

/** A network as DevTools and Lighthouse name it, with a phone's CPU. */
interface Profile {
  readonly name: keyof typeof PredefinedNetworkConditions;
  /** How many times slower than this machine the CPU runs; 4 is Lighthouse's mobile setting. */
  readonly cpuSlowdown: number;
}

const PROFILES: readonly Profile[] = [
  { name: 'Slow 3G', cpuSlowdown: 4 },
  { name: 'Slow 4G', cpuSlowdown: 4 },
];

/** A phone's window: `flow="auto"` shows the steps flow there, as a citizen on a phone gets it. */
const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const READY_MARK = 'rummelig-form-ready';

/** As the size check measures: zlib at level 9, as a server that compresses its files ahead of time sends them. */
const gzip = (data: Uint8Array): Uint8Array => gzipSync(data, { level: 9 });

export interface PageLoadRow {
  readonly network: string;
  readonly cpuSlowdown: number;
  readonly bundle: string;
  readonly gzippedBytes: number;
  readonly runs: number;
  /** From navigation to the form's first page rendered, median of the runs. */
  readonly readyMs: number;
  readonly readyMinMs: number;
  readonly readyMaxMs: number;
  /** The bundle's request, from its start to its last byte, median. */
  readonly bundleDownloadMs: number;
  /** From the bundle's last byte to the form rendered: parsing, running and the first render, median. */
  readonly afterDownloadMs: number;
}

export interface PageLoadOptions {
  readonly bundle: Uint8Array;
  /** What the rows call it. */
  readonly bundleName: string;
  /** How many gzipped bytes the bundle is over its target; 0 or less measures the bundle alone. */
  readonly bytesOverTarget: number;
  readonly runs: number;
}

/**
 * How long a citizen on a phone waits for the screening form: a page with
 * the citizen bundle served gzipped from loopback, opened in Chromium under
 * a throttled network and CPU, from navigation to the form rendered. When the
 * bundle is over its target, two more pages measure what reaching it would
 * change: one with the bytes over it added to the bundle, as a comment gzip
 * cannot pack, and one with the bundle and then a part of that size that
 * the page imports before the form is ready, as a bundle split to meet the
 * target would load what it left out for a citizen who needs it (see
 * `pageLoadFindings`). Each load is in a fresh browser context, so nothing
 * comes from a cache.
 */
export async function benchPageLoad(options: PageLoadOptions): Promise<PageLoadRow[]> {
  const variants: Variant[] = [{ path: '/as-built', name: options.bundleName, script: options.bundle }];
  const over = options.bytesOverTarget;
  if (over > 0) {
    variants.push({ path: '/padded', name: `${options.bundleName} + ${over} B`, script: padGzipped(options.bundle, over) });
    variants.push({ path: '/on-demand', name: `${options.bundleName}, then ${over} B on demand`, script: options.bundle, part: padGzipped(new Uint8Array(), over) });
  }
  const server = pageServer(variants);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const rows: PageLoadRow[] = [];
    for (const profile of PROFILES) {
      // One load first, not counted, so that the browser's own start-up is in none of the runs.
      await loadOnce(browser, `${origin}${variants[0]?.path ?? ''}/`, profile);
      const loads = variants.map(() => [] as Load[]);
      // Interleaved, so that a slow moment of the machine falls on every page alike.
      for (let run = 0; run < options.runs; run += 1) {
        for (const [index, variant] of variants.entries()) loads[index]?.push(await loadOnce(browser, `${origin}${variant.path}/`, profile));
      }
      variants.forEach((variant, index) => rows.push(summarise(profile, variant.name, gzip(variant.script).length, loads[index] ?? [])));
    }
    return rows;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

interface Variant {
  readonly path: string;
  readonly name: string;
  readonly script: Uint8Array;
  /** A module the page imports after the bundle and before it marks the form ready. */
  readonly part?: Uint8Array;
}

interface Load {
  readonly readyMs: number;
  readonly bundleDownloadMs: number;
  readonly afterDownloadMs: number;
}

async function loadOnce(browser: Browser, url: string, profile: Profile): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PHONE);
    await page.emulateCPUThrottling(profile.cpuSlowdown);
    await page.emulateNetworkConditions(PredefinedNetworkConditions[profile.name]);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction((mark: string) => performance.getEntriesByName(mark).length > 0, { timeout: 120_000 }, READY_MARK);
    const timing = await page.evaluate((mark: string) => {
      const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
      const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/bundle.js')) as PerformanceResourceTiming | undefined;
      return { ready, start: bundle?.startTime ?? Number.NaN, end: bundle?.responseEnd ?? Number.NaN };
    }, READY_MARK);
    return { readyMs: timing.ready, bundleDownloadMs: timing.end - timing.start, afterDownloadMs: timing.ready - timing.end };
  } finally {
    await context.close();
  }
}

function summarise(profile: Profile, bundle: string, gzippedBytes: number, loads: readonly Load[]): PageLoadRow {
  const ready = loads.map((load) => load.readyMs);
  return {
    network: profile.name,
    cpuSlowdown: profile.cpuSlowdown,
    bundle,
    gzippedBytes,
    runs: loads.length,
    readyMs: Math.round(median(ready)),
    readyMinMs: Math.round(Math.min(...ready)),
    readyMaxMs: Math.round(Math.max(...ready)),
    bundleDownloadMs: Math.round(median(loads.map((load) => load.bundleDownloadMs))),
    afterDownloadMs: Math.round(median(loads.map((load) => load.afterDownloadMs))),
  };
}

/**
 * What the rows say about reaching the target, per network. The padding changes only what is sent, so the padded
 * bundle's longer download is what the bytes over the target cost everyone, and what leaving them out would save
 * (its whole wait also varies by the machine's CPU, by more than that on a fast network). A citizen whose page then
 * loads them on demand waits for the on-demand page, less that saving.
 */
export function pageLoadFindings(rows: readonly PageLoadRow[]): string[] {
  const networks = [...new Set(rows.map((row) => row.network))];
  return networks.flatMap((network) => {
    const [asBuilt, padded, onDemand] = rows.filter((row) => row.network === network);
    if (!asBuilt) return [];
    const start = `${network}, CPU ${asBuilt.cpuSlowdown}x slower: the form is ready ${seconds(asBuilt.readyMs)} after navigation`;
    if (!padded || !onDemand) return [`${start}.`];
    const saving = padded.bundleDownloadMs - asBuilt.bundleDownloadMs;
    const onDemandCost = onDemand.readyMs - asBuilt.readyMs - saving;
    const over = padded.gzippedBytes - asBuilt.gzippedBytes;
    return [
      `${start}. Leaving out the ${over} gzipped bytes over the target would save ${saving} ms (${percent(saving, asBuilt.readyMs)}); ` +
        `loading them on demand would make a citizen who needs them wait ${seconds(onDemandCost)} more (${percent(onDemandCost, asBuilt.readyMs)}).`,
    ];
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)} %`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/**
 * The script with a trailing comment of pseudo-random letters, long enough that gzip makes it `extra` bytes
 * larger (to within a few bytes): letters drawn evenly from 64 cost gzip about 6 bits each and repeat nowhere.
 */
export function padGzipped(script: Uint8Array, extra: number): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-';
  const target = gzip(script).length + extra;
  const withComment = (letters: number): Uint8Array => {
    let state = 0x2545f491;
    let comment = '\n/*';
    for (let index = 0; index < letters; index += 1) {
      // xorshift32: the same letters on every run, so the padded size does not vary between runs.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      comment += alphabet[(state >>> 0) % 64];
    }
    return Buffer.concat([script, Buffer.from(`${comment}*/\n`)]);
  };
  let letters = Math.round((extra * 8) / 6);
  let padded = withComment(letters);
  for (let step = 0; step < 8; step += 1) {
    const missing = target - gzip(padded).length;
    if (Math.abs(missing) <= 2) break;
    letters = Math.max(0, letters + Math.round((missing * 8) / 6));
    padded = withComment(letters);
  }
  return padded;
}

/** The page a portal would have, at each variant's path: the bundle, and a module after it that marks when the form has rendered. */
function pageServer(variants: readonly Variant[]): Server {
  const page = gzip(
    Buffer.from(
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Opsporingsskema</title><script type="module" src="bundle.js"></script><script type="module" src="ready.js"></script></head>' +
        '<body><main><h1>Har du en funktionsnedsættelse?</h1><rummelig-opsporing flow="auto"></rummelig-opsporing></main></body></html>',
    ),
  );
  // Modules run in document order, so this runs once the bundle has defined the element.
  const ready = (part: boolean): Uint8Array =>
    gzip(
      Buffer.from(
        `${part ? "await import('./part.js');\n" : ''}const form = document.querySelector('rummelig-opsporing');\n` +
          `await customElements.whenDefined('rummelig-opsporing');\nawait form.updateComplete;\nperformance.mark('${READY_MARK}');\n`,
      ),
    );
  const files = new Map<string, { readonly body: Uint8Array; readonly type: string }>();
  for (const { path, script, part } of variants) {
    files.set(`${path}/`, { body: page, type: 'text/html; charset=utf-8' });
    files.set(`${path}/bundle.js`, { body: gzip(script), type: 'text/javascript' });
    files.set(`${path}/ready.js`, { body: ready(part !== undefined), type: 'text/javascript' });
    if (part) files.set(`${path}/part.js`, { body: gzip(part), type: 'text/javascript' });
  }
  return createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://loopback').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'content-length': file.body.length, 'cache-control': 'no-store' });
    response.end(file.body);
  });
}
