import { describe, expect, it } from 'vitest';
import { ruleSetVersions } from '../rule-set-registry.js';
import { CRITERION_STATUSES, HKO_RULE_SET_IDS, RULE_SET_OUTCOMES, type HkoRuleSetId } from '../types.js';
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

describe.each(HKO_RULE_SET_IDS)('%s rule set: cases cover', (ruleSet) => {
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
});
