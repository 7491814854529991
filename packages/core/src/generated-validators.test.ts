import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the generated validators', () => {
  const code = readFileSync(new URL('./generated/validators.js', import.meta.url), 'utf8');

  it('are plain ES modules without require, so browsers can load them', () => {
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).toMatch(/^export const validateOpsporingSchema/m);
  });

  it('contain no code generator, so they run under a strict Content-Security-Policy', () => {
    expect(code).not.toMatch(/new Function|\beval\(/);
  });
});
