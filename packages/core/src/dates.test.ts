import { describe, expect, it } from 'vitest';
import { isIsoDate, todayInDenmark } from './dates.js';

describe('isIsoDate', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-1-1', '22-11-2026', 20261122, null])(
    'rejects %s',
    (date) => expect(isIsoDate(date)).toBe(false),
  );
});

describe('todayInDenmark', () => {
  it('uses the Danish calendar day, which differs from UTC just after midnight', () => {
    expect(todayInDenmark(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(todayInDenmark(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInDenmark(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });
});
