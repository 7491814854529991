import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What the single file a portal ships does not contain, read from the built
 * bundle itself: the promises of the strict CSP, of no network of its own,
 * and of no time limit (WCAG 2.2.1) are properties of this file.
 */
const BUNDLES = ['../dist/rummelig-forms.js', '../dist/rummelig-opsporing.js'].map((file) => ({
  file,
  source: readFileSync(new URL(file, import.meta.url), 'utf8'),
}));

describe.each(BUNDLES)('$file', ({ source }) => {
  it('times nothing the citizen does, so nothing in the form is ever timed out (2.2.1)', () => {
    // One timer only: the pause after typing a score, after which what the score changed is said. It delays a message
    // and ends nothing.
    expect(source.match(/\bsetTimeout\b/g)).toHaveLength(1);
    expect(source).toMatch(/setTimeout\(\(\)=>\{[^}]*this\.say\(/);
    expect(source).not.toMatch(/\bsetInterval\b|requestAnimationFrame/);
  });

  it('evaluates no code from strings and writes no markup but through Lit’s Trusted Types policy', () => {
    expect(source).not.toMatch(/\bnew Function\b|\beval\(|unsafeHTML|insertAdjacentHTML|outerHTML/);
    expect(source.match(/innerHTML/g) ?? []).toHaveLength(1);
  });

  it('makes no network request and keeps nothing but the opt-in draft in the tab’s sessionStorage', () => {
    expect(source).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|localStorage|indexedDB|document\.cookie/);
  });
});
