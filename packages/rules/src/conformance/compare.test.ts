import { describe, expect, it } from 'vitest';
import type { ExpectedOutcome } from '../rule-sets/cases.js';
import { compareCase, deepEqual } from './compare.js';

const expected: ExpectedOutcome = {
  recommendation: 'likely-eligible',
  criteria: { a: 'met', b: 'unknown' },
  missing: ['x.y', 'z'],
  warnings: ['w1', 'w2'],
  decision: null,
  maxWeeklyHours: 20,
  figures: { steps: [{ from: '2026-01-01', amount: 1 }] },
};
const result = {
  ruleSet: 'mentor',
  recommendation: 'likely-eligible',
  criteria: [
    { id: 'a', status: 'met', role: 'required' },
    { id: 'b', status: 'unknown', role: 'required' },
  ],
  missing: ['x.y', 'z'],
  warnings: [{ code: 'w1' }, { code: 'w2' }],
  decision: null,
  maxWeeklyHours: 20,
  figures: { steps: [{ amount: 1, from: '2026-01-01' }] },
  explanation: { da: '…', en: '…' },
};

describe('compareCase', () => {
  it('passes a result that matches, whatever else it carries', () => {
    expect(compareCase({ expected }, result)).toEqual([]);
  });

  it('names every key that differs', () => {
    const wrong = {
      ...result,
      recommendation: 'not-eligible',
      decision: 'refer',
      criteria: [{ id: 'a', status: 'not-met' }, { id: 'c', status: 'met' }],
      missing: ['z', 'x.y'],
      warnings: [{ code: 'w2' }, { code: 'w1' }],
      maxWeeklyHours: 21,
      figures: { steps: [] },
    };
    expect(compareCase({ expected }, wrong)).toEqual([
      { key: 'recommendation', expected: 'likely-eligible', actual: 'not-eligible' },
      { key: 'decision', expected: null, actual: 'refer' },
      { key: 'criteria.a', expected: 'met', actual: 'not-met' },
      { key: 'criteria.b', expected: 'unknown', actual: undefined },
      { key: 'criteria.c', expected: undefined, actual: 'met' },
      { key: 'missing', expected: ['x.y', 'z'], actual: ['z', 'x.y'] },
      { key: 'warnings', expected: ['w1', 'w2'], actual: ['w2', 'w1'] },
      { key: 'maxWeeklyHours', expected: 20, actual: 21 },
      { key: 'figures', expected: expected['figures'], actual: { steps: [] } },
    ]);
  });

  it('reports an answer that is no result, or whose criteria are no list', () => {
    expect(compareCase({ expected }, null)).toEqual([{ key: '(result)', expected: 'an evaluation result (a JSON object)', actual: null }]);
    expect(compareCase({ expected }, { ...result, criteria: { a: 'met' } })).toEqual([{ key: 'criteria', expected: expected.criteria, actual: { a: 'met' } }]);
    const { maxWeeklyHours: _left, ...without } = result;
    expect(compareCase({ expected }, without)).toEqual([{ key: 'maxWeeklyHours', expected: 20, actual: undefined }]);
  });
});

describe('deepEqual', () => {
  it.each([
    [{ a: [1, { b: null }] }, { a: [1, { b: null }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{}, [], false],
    [0, false, false],
  ])('%j and %j: %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });
});

describe('compareCase for the schemes', () => {
  const scheme: ExpectedOutcome = { recommendation: 'likely-eligible', criteria: { period: 'met' }, missing: [], warnings: [], decision: null, figureValues: { maxMonthsPerPeriod: 6 } };
  const answer = {
    ruleSetVersion: '3.0.0',
    recommendation: 'likely-eligible',
    criteria: [{ id: 'period', status: 'met' }],
    missing: [],
    warnings: [],
    decision: null,
    figures: [{ id: 'maxMonthsPerPeriod', value: 6, unit: 'months' }],
  };

  it('compares the values of the figures by id, and the version the case names', () => {
    expect(compareCase({ expected: scheme, ruleSetVersion: '3.0.0' }, answer)).toEqual([]);
    expect(compareCase({ expected: scheme, ruleSetVersion: '2.0.0' }, answer)).toEqual([{ key: 'ruleSetVersion', expected: '2.0.0', actual: '3.0.0' }]);
    const extra = { ...answer, figures: [...answer.figures, { id: 'dischargeMonthsBefore', value: 3 }] };
    expect(compareCase({ expected: scheme }, extra)).toEqual([
      { key: 'figureValues', expected: { maxMonthsPerPeriod: 6 }, actual: { maxMonthsPerPeriod: 6, dischargeMonthsBefore: 3 } },
    ]);
  });
});
