import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { padGzipped, pageLoadFindings, type PageLoadRow } from './page-load.js';

const gzipped = (data: Uint8Array): number => gzipSync(data, { level: 9 }).length;

describe('padGzipped', () => {
  const script = Buffer.from(`const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `tekst nummer ${index}`))};\n`);

  it.each([500, 5516])('makes the gzipped script %i bytes larger, to within 2', (extra) => {
    expect(Math.abs(gzipped(padGzipped(script, extra)) - gzipped(script) - extra)).toBeLessThanOrEqual(2);
  });

  it('adds a comment only, so the script still parses and keeps its own text', () => {
    const padded = padGzipped(script, 2000);
    expect(() => new Script(Buffer.from(padded).toString())).not.toThrow();
    expect(Buffer.from(padded).subarray(0, script.length).equals(script)).toBe(true);
  });

  it('gives the same bytes every time', () => {
    expect(Buffer.from(padGzipped(script, 1000)).equals(Buffer.from(padGzipped(script, 1000)))).toBe(true);
  });
});

describe('pageLoadFindings', () => {
  const row = (bundle: string, gzippedBytes: number, readyMs: number, bundleDownloadMs: number, network = 'Slow 3G'): PageLoadRow => ({
    network,
    cpuSlowdown: 4,
    bundle,
    gzippedBytes,
    runs: 5,
    readyMs,
    readyMinMs: readyMs,
    readyMaxMs: readyMs,
    bundleDownloadMs,
    afterDownloadMs: 0,
  });

  it('weighs what leaving the bytes out saves against what loading them on demand costs', () => {
    // The padded page's whole wait is 60 ms longer, its download 100 ms: the download is what the bytes cost.
    const rows = [row('as built', 36000, 5000, 2700), row('padded', 41000, 5060, 2800), row('on demand', 36000, 7100, 2700)];
    expect(pageLoadFindings(rows)).toEqual([
      'Slow 3G, CPU 4x slower: the form is ready 5.00 s after navigation. Leaving out the 5000 gzipped bytes over the target ' +
        'would save 100 ms (2.0 %); loading them on demand would make a citizen who needs them wait 2.00 s more (40.0 %).',
    ]);
  });

  it('gives one finding per network, and only the wait for a bundle within its target', () => {
    const rows = [row('as built', 29000, 1500, 700, 'Slow 4G'), row('as built', 29000, 4800, 2600)];
    expect(pageLoadFindings(rows)).toEqual([
      'Slow 4G, CPU 4x slower: the form is ready 1.50 s after navigation.',
      'Slow 3G, CPU 4x slower: the form is ready 4.80 s after navigation.',
    ]);
  });
});
