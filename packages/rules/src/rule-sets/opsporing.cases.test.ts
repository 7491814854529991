import { describe, expect, it } from 'vitest';
import { RULE_SET_CASES } from './cases.js';

const cases = RULE_SET_CASES.opsporing;

describe('opsporing rule set: cases', () => {
  it('covers every criterion in every status, the skip, both warnings and both decisions', () => {
    const expected = cases.cases.map((testCase) => testCase.expected);
    for (const id of ['a', 'b', 'c', 'd'] as const) {
      for (const status of ['met', 'not-met', 'unknown']) {
        expect(expected.some((e) => e.criteria[id] === status), `${id} ${status}`).toBe(true);
      }
    }
    const recommendations = new Set(expected.map((e) => e.recommendation));
    expect([...recommendations].sort()).toEqual(['do-not-refer', 'refer', 'skip-to-visitation', 'undetermined']);
    const warnings = new Set(expected.flatMap((e) => e.warnings));
    expect([...warnings].sort()).toEqual(['decision-with-unknown-criteria', 'decision-without-required-criteria']);
    expect(new Set(expected.map((e) => e.decision))).toEqual(new Set(['refer', 'do-not-refer', null]));
    expect(new Set(cases.cases.map((testCase) => testCase.id)).size).toBe(cases.cases.length);
  });
});
