import { describe, expect, it } from 'vitest';
import { addYears, CALCULATIONS } from './calculations.js';

const weekly = (weeklyHours: unknown, special?: unknown) =>
  CALCULATIONS['weekly-hours-cap'].calculate({ answers: { weeklyHours, special }, parameters: { hours: 20, fullTime: 37 }, asOf: '2026-01-01' });

describe('figure calculations', () => {
  it('give 20 hours for 37 pro rata, the whole week in a special case, and null without working hours', () => {
    expect(weekly(37)).toBe(20);
    expect(weekly(18.5)).toBe(10);
    expect(weekly(15)).toBe((20 * 15) / 37);
    expect(weekly(15, true)).toBe(15);
    expect(weekly(15, false)).toBe((20 * 15) / 37);
    expect(weekly(undefined, true)).toBeNull();
    expect(weekly('37')).toBeNull();
    expect(weekly(-1)).toBeNull();
  });

  it('leave the cap that the need is compared with unrounded, as the contract states it', () => {
    const cap = (weeklyHours: number) =>
      CALCULATIONS['pro-rata-weekly-hours'].calculate({ answers: { weeklyHours }, parameters: { hours: 20, fullTime: 37 }, asOf: '2026-01-01' });
    expect(cap(15)).toBe((20 * 15) / 37);
    expect(cap(10)).toBeLessThan(5.41);
    expect(cap(37)).toBe(20);
  });

  it('count years after a date, 29 February becoming 28 February', () => {
    expect(addYears('2025-06-30', 2)).toBe('2027-06-30');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    const window = (date: unknown, years: unknown) =>
      CALCULATIONS['years-after-date'].calculate({ answers: { date }, parameters: { years: years as number }, asOf: '2026-01-01' });
    expect(window('2025-02-30', 2)).toBeNull();
    expect(window('2025-06-30', undefined)).toBeNull();
    expect(window('2025-06-30', 1.5)).toBeNull();
  });

  it('use the evaluation date for a date not answered', () => {
    const start = (date: unknown) => CALCULATIONS['date-or-as-of'].calculate({ answers: { date }, parameters: {}, asOf: '2026-03-02' });
    expect(start('2026-09-01')).toBe('2026-09-01');
    expect(start(undefined)).toBe('2026-03-02');
    expect(start('soon')).toBe('2026-03-02');
  });
});
