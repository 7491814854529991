import { describe, expect, it } from 'vitest';
import { kleeneAnd } from './kleene.js';
import type { CriterionStatus } from './types.js';

describe('kleeneAnd', () => {
  const table: [CriterionStatus, CriterionStatus, CriterionStatus][] = [
    ['met', 'met', 'met'],
    ['met', 'unknown', 'unknown'],
    ['met', 'not-met', 'not-met'],
    ['unknown', 'met', 'unknown'],
    ['unknown', 'unknown', 'unknown'],
    ['unknown', 'not-met', 'not-met'],
    ['not-met', 'met', 'not-met'],
    ['not-met', 'unknown', 'not-met'],
    ['not-met', 'not-met', 'not-met'],
  ];

  it.each(table)('%s and %s is %s', (left, right, expected) => {
    expect(kleeneAnd([left, right])).toBe(expected);
  });

  it('is met for no criteria and decided by any not-met among many', () => {
    expect(kleeneAnd([])).toBe('met');
    expect(kleeneAnd(['met', 'unknown', 'met', 'not-met', 'unknown'])).toBe('not-met');
  });
});
