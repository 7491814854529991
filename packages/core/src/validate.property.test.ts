import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from './errors.js';
import { FORM_IDS } from './form-ids.js';
import { validate } from './validate.js';
import { describeValue, hostileDocument, prototypeSnapshot } from './testing/hostile-values.js';
import { populationDocument } from './testing/population-arbitrary.js';

const RUNS = 10_000;

describe('validation of hostile documents', () => {
  it.each(FORM_IDS)(
    'never throws on %s, answers with structured issues only, and changes neither the document nor any prototype',
    (form) => {
      const prototypes = prototypeSnapshot();
      fc.assert(
        fc.property(hostileDocument(form, populationDocument(form)), (document) => {
          const before = describeValue(document);
          const result = validate(form, document, { locale: 'en' });
          expect(typeof result.valid).toBe('boolean');
          for (const issue of result.issues) {
            expect(ISSUE_CODES).toContain(issue.code);
            expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
            expect(typeof issue.messages.da).toBe('string');
            expect(issue.messages.en).toBe(issue.message);
          }
          expect(describeValue(document)).toBe(before);
        }),
        { numRuns: RUNS, seed: 2026 },
      );
      expect(prototypeSnapshot()).toBe(prototypes);
      expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    300_000,
  );

  it('names paths, never the answers, in its messages', () => {
    const secret = 'Fortrolig Hemmeligsen 1234';
    const result = validate('opsporing', { form: 'opsporing', formVersion: 1, citizen: { name: secret, cpr: secret }, impactDescription: 7 });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result.issues)).not.toContain('Fortrolig');
  });
});
