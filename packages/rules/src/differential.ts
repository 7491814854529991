import { generatePopulation, type GeneratedKind, type PopulationForm } from '@rummelig/core/population';
import { evaluateDocumentSync } from './evaluate.js';
import { evaluateDocumentWithJsonRulesEngine } from './reference.js';
import { HKO_RULE_SET_IDS, RULE_SET_OPTIONS, type RuleSetId, type RuleSetOptions } from './types.js';

/**
 * The compiled evaluator against json-rules-engine itself, on generated
 * documents, for the differential test (100,000 per rule set) and for
 * `npm run bench -- --differential N` (millions). Not part of any package entry.
 */

/** Each rule set with the form its documents are generated for. */
export const DIFFERENTIAL_CASES: readonly { readonly ruleSet: RuleSetId; readonly form: PopulationForm }[] = [
  { ruleSet: 'opsporing', form: 'opsporing' },
  { ruleSet: 'visitation', form: 'visitation' },
  ...HKO_RULE_SET_IDS.map((ruleSet) => ({ ruleSet, form: 'hko' as const })),
];

/** Dates in every version of every rule set, and years with and without known isbryder rates, taken in turn. */
export const DIFFERENTIAL_DATES = ['2019-06-30', '2020-01-01', '2021-03-15', '2023-12-31', '2026-01-31', '2026-02-01', '2026-11-22'] as const;

/** The first document on which the two disagree, or that either of them changed. */
export interface Difference {
  readonly index: number;
  readonly document: unknown;
  readonly asOf: string;
  readonly options: RuleSetOptions;
  /** The document as it was before the evaluations, when one of them changed it. */
  readonly before?: unknown;
  readonly compiled: unknown;
  readonly reference: unknown;
}

export interface DifferentialRun {
  readonly ruleSet: RuleSetId;
  /** Documents evaluated by both, up to and including a difference. */
  readonly compared: number;
  readonly kinds: Readonly<Record<GeneratedKind, number>>;
  readonly difference?: Difference;
}

/** Every combination of the rule set's options, so that each is compared on a share of the documents. */
export function optionCombinations(ruleSet: RuleSetId): readonly RuleSetOptions[] {
  let combinations: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(RULE_SET_OPTIONS[ruleSet] as Readonly<Record<string, readonly string[]>>)) {
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [name]: value })));
  }
  return combinations as RuleSetOptions[];
}

/**
 * Evaluates `count` generated documents with both, each on a date and with options taken in turn, and stops at the
 * first whose results differ, field for field as JSON, or that either evaluation changed. The documents are generated
 * one at a time, so a run of millions holds one.
 */
export async function compareWithJsonRulesEngine(ruleSet: RuleSetId, form: PopulationForm, { seed, count }: { readonly seed: number; readonly count: number }): Promise<DifferentialRun> {
  const combinations = optionCombinations(ruleSet);
  const kinds: Record<GeneratedKind, number> = { complete: 0, partial: 0, invalid: 0 };
  let index = 0;
  for (const { kind, document } of generatePopulation(form, { seed, count })) {
    const asOf = DIFFERENTIAL_DATES[index % DIFFERENTIAL_DATES.length] as string;
    const options = combinations[index % combinations.length] as RuleSetOptions;
    const call = { asOf, options } as never;
    const before = JSON.stringify(document);
    const compiled = evaluateDocumentSync(ruleSet, document, call);
    const reference = await evaluateDocumentWithJsonRulesEngine(ruleSet, document, call);
    kinds[kind] += 1;
    const changed = JSON.stringify(document) !== before;
    if (changed || JSON.stringify(compiled) !== JSON.stringify(reference)) {
      const difference: Difference = { index, document, asOf, options, compiled, reference, ...(changed ? { before: JSON.parse(before) as unknown } : {}) };
      return { ruleSet, compared: index + 1, kinds, difference };
    }
    index += 1;
  }
  return { ruleSet, compared: index, kinds };
}
