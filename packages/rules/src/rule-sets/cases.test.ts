import { describe, expect, it } from 'vitest';
import { compareCase } from '../conformance/compare.js';
import { evaluateDocument } from '../evaluate.js';
import { RULE_SET_IDS, type RuleSetOptions } from '../types.js';
import { RULE_SET_CASES } from './cases.js';

describe.each(RULE_SET_IDS.map((ruleSet) => [ruleSet, RULE_SET_CASES[ruleSet]] as const))('%s rule set: cases', (ruleSet, cases) => {
  it('is registered under its own id', () => {
    expect(cases.ruleSet).toBe(ruleSet);
  });

  it.each(cases.cases.map((testCase) => [testCase.id, testCase] as const))('%s', async (_id, testCase) => {
    // JSON gives options as plain strings; evaluateDocument checks them against the rule set.
    const options = (testCase.options ?? {}) as RuleSetOptions;
    const evaluation = await evaluateDocument(ruleSet, testCase.input, { asOf: testCase.asOf, options });
    if (!evaluation.ok) throw new Error(`case input is invalid: ${JSON.stringify(evaluation.issues)}`);
    // The comparison the conformance suite makes of any implementation.
    expect(compareCase(testCase, JSON.parse(JSON.stringify(evaluation.result)))).toEqual([]);
    expect(evaluation.result.asOf).toBe(testCase.asOf);
    expect(evaluation.result.ruleSetVersion).toBe(testCase.ruleSetVersion ?? cases.ruleSetVersion ?? evaluation.result.ruleSetVersion);
    for (const { criterion, warning, includes, excludes } of testCase.texts ?? []) {
      const { result } = evaluation;
      const explanation =
        warning !== undefined
          ? result.warnings.find(({ code }) => code === warning)?.message
          : criterion === undefined
            ? result.explanation
            : result.criteria.find(({ id }) => id === criterion)?.explanation;
      const what = warning ?? criterion ?? 'explanation';
      for (const locale of ['da', 'en'] as const) {
        if (includes) expect(explanation?.[locale], `${what} (${locale})`).toContain(includes[locale]);
        if (excludes) expect(explanation?.[locale], `${what} (${locale})`).not.toContain(excludes[locale]);
      }
    }
  });
});
