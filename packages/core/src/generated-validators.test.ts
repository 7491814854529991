import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from './form-ids.js';

describe.each(FORM_IDS)('the generated validator of %s', (form) => {
  const code = readFileSync(new URL(`./generated/${form}-validator.js`, import.meta.url), 'utf8');

  it('is a plain ES module without require, so browsers can load it', () => {
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).toMatch(/^export const validateSchema/m);
  });

  it('contains no code generator, so it runs under a strict Content-Security-Policy', () => {
    expect(code).not.toMatch(/new Function|\beval\(/);
  });

  it('embeds the structure of its schema only, never another form or the texts', () => {
    for (const other of FORM_IDS) if (other !== form) expect(code).not.toContain(`urn:rummelig:schema:${other}:`);
    expect(code).not.toContain('"title"');
    expect(code).not.toContain('x-en');
  });
});
