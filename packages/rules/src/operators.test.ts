import { describe, expect, it } from 'vitest';
import { isAllowedOperator, isPresent } from './operators.js';

describe('operators', () => {
  it('counts absent, null, empty lists and blank text as no answer', () => {
    for (const value of [undefined, null, [], '', '  \n']) expect(isPresent(value), JSON.stringify(value)).toBe(false);
    for (const value of [false, 0, 'x', [0], {}]) expect(isPresent(value), JSON.stringify(value)).toBe(true);
  });

  it('allows the small operator vocabulary with json-rules-engine decorators', () => {
    for (const name of ['equal', 'notEqual', 'in', 'notIn', 'present', 'absent', 'someFact:in', 'everyFact:equal', 'not:someFact:equal', 'lessThan', 'greaterThanInclusive', 'dateOnOrBefore', 'dateAfter']) {
      expect(isAllowedOperator(name), name).toBe(true);
    }
    for (const name of ['contains', 'someValue:in', 'bogus:equal', 'equal:', '', 'dateBefore']) expect(isAllowedOperator(name), name).toBe(false);
  });
});
