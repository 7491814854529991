import { readFileSync } from 'node:fs';
import { ERROR_CODES, ISSUE_CODES } from '@rummelig/core';
import { describe, expect, it } from 'vitest';

const page = readFileSync(new URL('./data-contract.md', import.meta.url), 'utf8');
const tabled = new Set([...page.matchAll(/^\| (.+?) \|/gm)].flatMap(([, codes = '']) => [...codes.matchAll(/`([a-z-]+)`/g)].map(([, code]) => code)));

describe('the data contract page', () => {
  it('explains every issue code and every error code in its tables', () => {
    expect(ISSUE_CODES.filter((code) => !tabled.has(code))).toEqual([]);
    expect(ERROR_CODES.filter((code) => !tabled.has(code))).toEqual([]);
  });
});
