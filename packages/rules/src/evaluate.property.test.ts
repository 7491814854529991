import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '@rummelig/core';
import { describeValue, hostileDocument, prototypeSnapshot } from '../../core/src/testing/hostile-values.js';
import { populationDocument } from '../../core/src/testing/population-arbitrary.js';
import { evaluateDocumentSync } from './evaluate.js';
import { HKO_RULE_SET_IDS, type RuleSetId } from './types.js';

const RUNS = 10_000;
const RULE_SETS: readonly { readonly ruleSet: RuleSetId; readonly form: 'opsporing' | 'visitation' | 'hko' }[] = [
  { ruleSet: 'opsporing', form: 'opsporing' },
  { ruleSet: 'visitation', form: 'visitation' },
  ...HKO_RULE_SET_IDS.map((ruleSet) => ({ ruleSet, form: 'hko' as const })),
];

describe('evaluation of hostile documents', () => {
  it.each(RULE_SETS)(
    'never throws on $ruleSet, evaluates exactly what validates, and changes neither the document nor any prototype',
    ({ ruleSet, form }) => {
      const prototypes = prototypeSnapshot();
      fc.assert(
        fc.property(hostileDocument(form, populationDocument(form)), (document) => {
          const before = describeValue(document);
          const evaluation = evaluateDocumentSync(ruleSet, document, { asOf: '2026-11-22' });
          expect(evaluation.ok).toBe(validate(form, document).valid);
          if (evaluation.ok) expect(() => JSON.stringify(evaluation.result)).not.toThrow();
          expect(describeValue(document)).toBe(before);
        }),
        { numRuns: RUNS, seed: 2026 },
      );
      expect(prototypeSnapshot()).toBe(prototypes);
    },
    300_000,
  );
});
