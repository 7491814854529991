import { describe, expect, expectTypeOf, it } from 'vitest';
import type { HkoAnswers } from '@rummelig/core';
import { evaluateSync } from './evaluate.js';
import type { EvaluationResult, FigureResult, HkoRuleSetId } from './types.js';

// The type-level checks here are compiled by `npm run typecheck`; the runtime checks show the types tell the truth.
const answers: HkoAnswers = { form: 'hko', formVersion: 1, situation: 'employed', weeklyHours: 37 };

describe('the result type of each rule set', () => {
  it('has personlig assistance report maxWeeklyHours always, as a number or null while weeklyHours is not known', () => {
    const result = evaluateSync('personlig-assistance', answers, { asOf: '2026-11-22' });
    expectTypeOf(result.maxWeeklyHours).toEqualTypeOf<number | null>();
    expectTypeOf(result.figures).toEqualTypeOf<readonly FigureResult[]>();
    const hours: number = result.maxWeeklyHours ?? 0;
    expect(hours).toBe(20);
    const { weeklyHours: _unknown, ...withoutHours } = answers;
    const unknownHours = evaluateSync('personlig-assistance', withoutHours, { asOf: '2026-11-22' });
    expect(Object.hasOwn(unknownHours, 'maxWeeklyHours') && unknownHours.maxWeeklyHours === null).toBe(true);
  });

  it('gives every scheme its figures, and leaves maxWeeklyHours possible only where the rule set is not known to be another', () => {
    const isbryder = evaluateSync('isbryder', answers, { asOf: '2026-11-22' });
    expectTypeOf(isbryder.figures).toEqualTypeOf<readonly FigureResult[]>();
    expect(Array.isArray(isbryder.figures)).toBe(true);
    const anyScheme: EvaluationResult<HkoRuleSetId> = isbryder;
    expectTypeOf(anyScheme.figures).toEqualTypeOf<readonly FigureResult[]>();
    expectTypeOf(anyScheme.maxWeeklyHours).toEqualTypeOf<number | null | undefined>();
    const screening = evaluateSync('opsporing', { form: 'opsporing', formVersion: 1 }, { asOf: '2026-11-22' });
    expectTypeOf(screening.figures).toEqualTypeOf<readonly FigureResult[] | undefined>();
    expect(screening.figures).toBeUndefined();
    // Required, not merely readable: a result object without them is no result of these rule sets.
    expectTypeOf<Pick<EvaluationResult<'mentor'>, 'figures'>>().toEqualTypeOf<{ readonly figures: readonly FigureResult[] }>();
    expectTypeOf<Pick<EvaluationResult<'personlig-assistance'>, 'maxWeeklyHours'>>().toEqualTypeOf<{ readonly maxWeeklyHours: number | null }>();
    expectTypeOf<Pick<EvaluationResult<'isbryder'>, 'maxWeeklyHours'>>().toEqualTypeOf<{ readonly maxWeeklyHours?: number | null }>();
  });
});
