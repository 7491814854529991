import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';
import { generatePopulation, POPULATION_FORMS } from './population.js';

describe('the synthetic population', () => {
  it.each(POPULATION_FORMS)('gives %s documents that keep the contract unless they are meant to break it', (form) => {
    const kinds = { complete: 0, partial: 0, invalid: 0 };
    for (const { kind, document } of generatePopulation(form, { seed: 7, count: 4000 })) {
      kinds[kind] += 1;
      const validation = validate(form, document);
      expect(validation.valid, `${kind}: ${JSON.stringify(document)} ${JSON.stringify(validation.issues)}`).toBe(kind !== 'invalid');
    }
    expect(kinds.invalid / 4000).toBeCloseTo(0.05, 1);
    expect(kinds.partial / 4000).toBeCloseTo(0.25, 1);
  });

  it('is the same for the same seed and differs for another', () => {
    const take = (seed: number) => [...generatePopulation('opsporing', { seed, count: 50 })];
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
  });

  it('follows the report: most visited citizens have several impairments with a large or medium impact', () => {
    let several = 0;
    let largeOrMedium = 0;
    let impairments = 0;
    let reporting = 0;
    for (const { document } of generatePopulation('opsporing', { seed: 11, count: 5000, partialShare: 0, invalidShare: 0 })) {
      const rows = (document as { impairments?: { impact: string }[] }).impairments ?? [];
      if (rows.length === 0) continue;
      reporting += 1;
      if (rows.length > 1) several += 1;
      impairments += rows.length;
      largeOrMedium += rows.filter((row) => row.impact === 'large' || row.impact === 'medium').length;
    }
    expect(several / reporting).toBeCloseTo(0.64, 1);
    expect(largeOrMedium / impairments).toBeCloseTo(0.89, 1);
  });
});
