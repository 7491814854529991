import { readdirSync, readFileSync } from 'node:fs';
import * as core from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { documentHandler } from './document-lines.js';
import * as rules from './index.js';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const contract = read('docs/data-contract.md');

/** The jsonc block that follows `marker` in the page, as JSON: the examples' comments never hold "//" in a string. */
function exampleAfter(page: string, marker: string): unknown {
  const from = page.indexOf(marker);
  expect(from, marker).toBeGreaterThanOrEqual(0);
  const block = /```jsonc\n([\s\S]*?)```/.exec(page.slice(from))?.[1] ?? '';
  return JSON.parse(block.replace(/\s*\/\/.*$/gm, ''));
}

/** A heading's anchor as GitHub makes it. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/** A heading's anchor as the docs site (typedoc) makes it, which leaves inline code out. */
const typedocSlug = (heading: string): string => slug(heading.replace(/`[^`]*`/g, '').trim()).replace(/-+$/, '');

describe('the data contract page, as a vendor reads it', () => {
  it('shows the error line whole, as the command line writes it: params in errors, not in error', () => {
    const line = documentHandler({ kind: 'evaluate', ruleSet: 'opsporing', asOf: '2026-03-02', locale: 'en' })('').line;
    expect(exampleAfter(contract, 'An error line, here for an empty line')).toEqual(JSON.parse(JSON.stringify(line)));
  });

  it('has an hko answer document that the hko schema accepts', () => {
    const example = exampleAfter(contract, '## HKO answer document');
    expect(core.validate('hko', example)).toMatchObject({ valid: true });
  });

  it('is linked to by headings it has, never by a section number', () => {
    const headings = [...contract.matchAll(/^#+ (.+)$/gm)].map(([, heading = '']) => heading);
    // An anchor must work on GitHub and on the docs site both.
    const anchors = new Set(headings.map(slug).filter((anchor) => headings.map(typedocSlug).includes(anchor)));
    const pages = ['docs/hko.md', 'docs/guide-vendor.md', ...readdirSync(new URL('../../../docs/hko', import.meta.url)).map((name) => `docs/hko/${name}`)];
    for (const page of pages) {
      const text = read(page);
      for (const [, anchor = ''] of text.matchAll(/data-contract\.md#([a-z0-9-]+)/g)) expect(anchors, `${page} links to #${anchor}`).toContain(anchor);
      expect(text, page).not.toMatch(/data-contract\.md\)?,? section \d/);
    }
  });
});

describe('the package pages', () => {
  it('name every schema file @rummelig/core ships', () => {
    const readme = read('packages/core/README.md');
    for (const file of readdirSync(new URL('../../core/schemas', import.meta.url))) expect(readme).toContain(file);
  });

  it('send a vendor to @rummelig/core for validate and parseJson, which @rummelig/rules does not export', () => {
    for (const name of ['validate', 'parseJson']) {
      expect(name in core, name).toBe(true);
      expect(name in rules, name).toBe(false);
    }
    expect(read('docs/guide-vendor.md')).toContain("import { parseJson, validate } from '@rummelig/core'");
  });
});
