import { describe, expect, it } from 'vitest';
import { checkAllSchemes } from './evaluate-schemes.js';

describe('the vendor example for the schemes', () => {
  it('gives every scheme its outcome with the legal source of each criterion', () => {
    const rows = checkAllSchemes(
      {
        form: 'hko',
        formVersion: 1,
        situation: 'flexjob',
        weeklyHours: 20,
        impairment: { longLasting: true, significant: true },
        personalAssistance: { neededHoursPerWeek: 10, coreTasksSelf: true },
        mentor: { requestedMonths: 6, psychiatricDischarge: false },
      },
      '2026-11-22',
    );
    if ('problems' in rows) throw new Error('expected rows');
    expect(rows.map((item) => [item.scheme, item.recommendation])).toEqual([
      ['personlig-assistance', 'likely-eligible'],
      ['hjaelpemidler', 'needs-assessment'],
      ['isbryder', 'needs-assessment'],
      ['fortrinsadgang', 'needs-assessment'],
      ['mentor', 'likely-eligible'],
    ]);
    expect(rows[0]?.reasons.every((reason) => reason.source.includes('LBK nr. 108') || reason.source.includes('BEK nr. 1174'))).toBe(true);
  });

  it('reports a document that breaks the contract by paths and codes', () => {
    expect(checkAllSchemes({ form: 'hko', formVersion: 1, weeklyHours: 120 }, '2026-11-22')).toEqual({ problems: ['/weeklyHours: out-of-range'] });
  });
});
