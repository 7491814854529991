import { describe, expect, it } from 'vitest';
import { evaluateDocument } from '../evaluate.js';
import { ruleSetVersions } from '../rule-set-registry.js';
import { CRITERION_STATUSES, HKO_RULE_SET_IDS, RULE_SET_OUTCOMES, type EvaluationResult, type HkoRuleSetId } from '../types.js';
import fortrinsadgang from './fortrinsadgang.cases.json';
import hjaelpemidler from './hjaelpemidler.cases.json';
import isbryder from './isbryder.cases.json';
import mentor from './mentor.cases.json';
import personligAssistance from './personlig-assistance.cases.json';

interface SchemeCase {
  readonly id: string;
  readonly description: string;
  readonly source: string;
  readonly asOf: string;
  readonly ruleSetVersion: string;
  readonly input: unknown;
  readonly expected: Readonly<Record<string, unknown>> & {
    readonly recommendation: string;
    readonly criteria: Readonly<Record<string, string>>;
    readonly warnings: readonly string[];
    readonly figureValues: Readonly<Record<string, unknown>>;
  };
}

const FILES: Readonly<Record<HkoRuleSetId, { readonly ruleSet: string; readonly cases: readonly SchemeCase[] }>> = {
  'personlig-assistance': personligAssistance,
  hjaelpemidler,
  isbryder,
  fortrinsadgang,
  mentor,
};

/** The result in the shape of a case's `expected`: statuses by criterion, warning codes, and each reported figure's value. */
function observed(result: EvaluationResult, expected: SchemeCase['expected']): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    recommendation: result.recommendation,
    criteria: Object.fromEntries(result.criteria.map((criterion) => [criterion.id, criterion.status])),
    missing: result.missing,
    warnings: result.warnings.map((warning) => warning.code),
    decision: result.decision,
    figureValues: Object.fromEntries((result.figures ?? []).map((figure) => [figure.id, figure.value])),
  };
  for (const key of Object.keys(expected)) if (!(key in shape)) shape[key] = (result as unknown as Record<string, unknown>)[key];
  return shape;
}

describe.each(HKO_RULE_SET_IDS)('%s rule set: cases', (ruleSet) => {
  const file = FILES[ruleSet];
  const versions = ruleSetVersions(ruleSet);

  it('covers every criterion in every status, every recommendation and warning, and every version', () => {
    expect(file.ruleSet).toBe(ruleSet);
    const expected = file.cases.map((testCase) => testCase.expected);
    const [latest] = versions.slice(-1);
    for (const { id } of latest?.criteria ?? []) {
      for (const status of CRITERION_STATUSES) expect(expected.some((e) => e.criteria[id] === status), `${id} ${status}`).toBe(true);
    }
    expect(new Set(expected.map((e) => e.recommendation))).toEqual(new Set(RULE_SET_OUTCOMES[ruleSet].recommendations));
    expect(new Set(expected.flatMap((e) => e.warnings))).toEqual(new Set(latest?.warnings.map((warning) => warning.code)));
    expect(new Set(file.cases.map((testCase) => testCase.ruleSetVersion))).toEqual(new Set(versions.map((definition) => definition.version)));
    expect(new Set(file.cases.map((testCase) => testCase.id)).size).toBe(file.cases.length);
    for (const testCase of file.cases) {
      expect(testCase.description.length, testCase.id).toBeGreaterThan(20);
      expect(testCase.source.length, testCase.id).toBeGreaterThan(5);
    }
  });

  it.each(file.cases.map((testCase) => [testCase.id, testCase] as const))('%s', async (_id, testCase) => {
    const evaluation = await evaluateDocument(ruleSet, testCase.input, { asOf: testCase.asOf });
    if (!evaluation.ok) throw new Error(`case input is invalid: ${JSON.stringify(evaluation.issues)}`);
    expect(observed(evaluation.result, testCase.expected)).toEqual(testCase.expected);
    expect(evaluation.result.ruleSetVersion).toBe(testCase.ruleSetVersion);
    expect(evaluation.result.asOf).toBe(testCase.asOf);
  });
});
