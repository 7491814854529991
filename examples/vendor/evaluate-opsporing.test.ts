import { describe, expect, it } from 'vitest';
import { evaluateExample } from './evaluate-opsporing.js';

describe('the vendor example', () => {
  it('refers the citizen and explains every criterion with its source', async () => {
    const result = await evaluateExample();
    expect(result.recommendation).toBe('refer');
    expect(result.asOf).toBe('2026-11-22');
    expect(result.criteria.map((criterion) => [criterion.id, criterion.status])).toEqual([
      ['a', 'met'],
      ['b', 'met'],
      ['c', 'unknown'],
      ['d', 'unknown'],
    ]);
    expect(result.missing).toEqual(['medicallyDocumented', 'priorCompensationSchemes', 'priorLimitation']);
    for (const criterion of result.criteria) expect(criterion.source.ref).toMatch(/linje \d+/);
  });
});
