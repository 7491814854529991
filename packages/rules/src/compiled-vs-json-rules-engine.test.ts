import { describe, expect, it } from 'vitest';
import { generatePopulation, type PopulationForm } from '@rummelig/core/population';
import { evaluateDocumentSync } from './evaluate.js';
import { evaluateDocumentWithJsonRulesEngine } from './reference.js';
import { HKO_RULE_SET_IDS, RULE_SET_OPTIONS, type RuleSetId, type RuleSetOptions } from './types.js';

/**
 * The compiled evaluator against json-rules-engine itself, on generated
 * documents: the results must be identical, field for field. The first
 * difference fails with both results side by side. Neither may change the document.
 */
const DOCUMENTS_PER_RULE_SET = 100_000;
/** Dates in every version of every rule set, and years with and without known isbryder rates. */
const DATES = ['2019-06-30', '2020-01-01', '2021-03-15', '2023-12-31', '2026-01-31', '2026-02-01', '2026-11-22'];

const CASES: readonly { readonly ruleSet: RuleSetId; readonly form: PopulationForm }[] = [
  { ruleSet: 'opsporing', form: 'opsporing' },
  { ruleSet: 'visitation', form: 'visitation' },
  ...HKO_RULE_SET_IDS.map((ruleSet) => ({ ruleSet, form: 'hko' as const })),
];

/** Every combination of the rule set's options, taken in turn, so each is compared on a share of the documents. */
function optionCombinations(ruleSet: RuleSetId): RuleSetOptions[] {
  let combinations: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(RULE_SET_OPTIONS[ruleSet] as Readonly<Record<string, readonly string[]>>)) {
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [name]: value })));
  }
  return combinations as RuleSetOptions[];
}

describe('the compiled evaluator and json-rules-engine', () => {
  it.each(CASES)(
    'give identical results for $ruleSet on 100,000 generated documents',
    async ({ ruleSet, form }) => {
      const combinations = optionCombinations(ruleSet);
      const kinds = { complete: 0, partial: 0, invalid: 0 };
      let index = 0;
      for (const { kind, document } of generatePopulation(form, { seed: 2026, count: DOCUMENTS_PER_RULE_SET })) {
        const options = { asOf: DATES[index % DATES.length], options: combinations[index % combinations.length] } as never;
        index += 1;
        const before = JSON.stringify(document);
        const compiled = evaluateDocumentSync(ruleSet, document, options);
        const reference = await evaluateDocumentWithJsonRulesEngine(ruleSet, document, options);
        if (JSON.stringify(document) !== before) expect(JSON.parse(JSON.stringify(document))).toEqual(JSON.parse(before));
        if (JSON.stringify(compiled) !== JSON.stringify(reference)) {
          expect({ document, compiled }).toEqual({ document, compiled: reference });
        }
        kinds[kind] += 1;
      }
      expect(kinds.complete + kinds.partial + kinds.invalid).toBe(DOCUMENTS_PER_RULE_SET);
      expect(kinds.partial).toBeGreaterThan(0);
      expect(kinds.invalid).toBeGreaterThan(0);
    },
    600_000,
  );
});
