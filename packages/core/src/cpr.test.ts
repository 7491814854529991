import { describe, expect, it } from 'vitest';
import { isValidCpr } from './cpr.js';

describe('isValidCpr', () => {
  it.each(['010190-1234', '0101901234', '311299-0000', '290200-4000', '290260-3000'])('accepts %s', (cpr) => {
    expect(isValidCpr(cpr)).toBe(true);
  });

  it.each([
    ['a day that does not exist', '310490-1234'],
    ['month 13', '011390-1234'],
    ['day zero', '000190-1234'],
    ['29 February 1900, not a leap year', '290200-1000'],
    ['29 February 2001', '290201-4000'],
    ['too few digits', '010190-123'],
    ['a space instead of the hyphen', '010190 1234'],
    ['an empty string', ''],
  ])('rejects %s', (_name, cpr) => {
    expect(isValidCpr(cpr)).toBe(false);
  });

  it('does not apply the modulus-11 check, which newer CPR numbers fail', () => {
    // 010190-1234 has a weighted sum of 122, not divisible by 11.
    expect(isValidCpr('010190-1234')).toBe(true);
  });
});
