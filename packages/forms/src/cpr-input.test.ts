import { describe, expect, it } from 'vitest';
import { normaliseCpr } from './cpr-input.js';

describe('normaliseCpr', () => {
  it.each([
    ['0101901234 ', '0101901234'],
    [' 0101901234', '0101901234'],
    ['010190 1234', '010190-1234'],
    ['010190   1234', '010190-1234'],
    ['010190\u00a01234', '010190-1234'],
    ['010190–1234', '010190-1234'],
    ['010190—1234', '010190-1234'],
    ['010190 - 1234', '010190-1234'],
    ['010190-1234', '010190-1234'],
    ['   ', ''],
  ])('writes %j as %j', (typed, cpr) => {
    expect(normaliseCpr(typed)).toBe(cpr);
  });

  it('leaves other digits as typed, for the contract to point out', () => {
    expect(normaliseCpr('01 01 90 1234')).toBe('01 01 90 1234');
    expect(normaliseCpr('010190 12345')).toBe('010190 12345');
  });
});
