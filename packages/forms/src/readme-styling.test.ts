import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README's section on restyling is where a portal developer looks for what can be changed from outside; a custom
 * property or part that only the manifest names is one they never find.
 */
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Look'), readme.indexOf('\n### ', readme.indexOf('### Look') + 1));
const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const named = (list: 'cssParts' | 'cssProperties') => [...new Set(elements.flatMap((element) => (element[list] ?? []).map((item) => item.name)))].sort();
const listed = (pattern: RegExp) => [...new Set([...section.matchAll(pattern)].map((match) => match[1] ?? ''))].sort();

describe("the README's section on restyling", () => {
  it('names every CSS custom property of the elements, and none they do not read', () => {
    expect(named('cssProperties').length).toBeGreaterThan(20);
    expect(listed(/`(--rummelig-[a-z-]+)`/g)).toEqual(named('cssProperties'));
  });

  it('names every CSS part of the elements, and none they do not have', () => {
    const parts = section.slice(section.indexOf('- parts:'));
    expect([...new Set([...parts.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] ?? ''))].sort()).toEqual(named('cssParts'));
  });
});
