import { describe, expect, it } from 'vitest';
import { compareWithJsonRulesEngine, DIFFERENTIAL_CASES } from './differential.js';

/**
 * The compiled evaluator against json-rules-engine itself, on generated
 * documents: the results must be identical, field for field. The first
 * difference fails with both results side by side. Neither may change the document.
 */
const DOCUMENTS_PER_RULE_SET = 100_000;

describe('the compiled evaluator and json-rules-engine', () => {
  it.each(DIFFERENTIAL_CASES)(
    'give identical results for $ruleSet on 100,000 generated documents',
    async ({ ruleSet, form }) => {
      const run = await compareWithJsonRulesEngine(ruleSet, form, { seed: 2026, count: DOCUMENTS_PER_RULE_SET });
      const { difference } = run;
      if (difference?.before !== undefined) expect(difference.document).toEqual(difference.before);
      if (difference !== undefined) expect({ ...difference, compiled: difference.compiled }).toEqual({ ...difference, compiled: difference.reference });
      expect(run.compared).toBe(DOCUMENTS_PER_RULE_SET);
      expect(run.kinds.complete + run.kinds.partial + run.kinds.invalid).toBe(DOCUMENTS_PER_RULE_SET);
      expect(run.kinds.partial).toBeGreaterThan(0);
      expect(run.kinds.invalid).toBeGreaterThan(0);
    },
    600_000,
  );
});
