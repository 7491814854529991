import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly sideEffects: readonly string[];
};

// A file that defines elements does its work by being imported; a bundler drops an import of a file it believes pure.
function definingFiles(value: unknown): string[] {
  if (typeof value === 'string') return /\/(rummelig-[\w-]+\.js|define[\w-]*\.ts)$/.test(value) ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(definingFiles);
}

describe('the package metadata', () => {
  it('marks every entry that defines elements as having side effects, so that a bundler keeps its import', () => {
    const files = [...new Set(definingFiles(packageJson.exports))];
    expect(files).toContain('./dist/rummelig-hko-check.js');
    expect(files.filter((file) => !packageJson.sideEffects.includes(file))).toEqual([]);
  });
});
