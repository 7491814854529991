import { isRealDate } from './dates.js';

const CPR_FORMAT = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/;

/**
 * True for a CPR number written DDMMYY-SSSS or as ten digits whose first six
 * digits are a real date. No modulus-11 check: CPR numbers issued since 2007
 * need not satisfy it.
 */
export function isValidCpr(value: string): boolean {
  const match = CPR_FORMAT.exec(value);
  if (!match) return false;
  const [, day, month, yy, seventh] = match;
  const year = cprYear(Number(yy), Number(seventh));
  return isRealDate(year, Number(month), Number(day));
}

/** The century follows from the seventh digit (CPR-kontoret's table), which matters for 29 February. */
function cprYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}
