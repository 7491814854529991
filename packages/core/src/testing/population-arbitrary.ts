import fc from 'fast-check';
import { generatePopulation, type PopulationForm } from '../population/population.js';

/** A complete or partly filled document of the form from the synthetic population, chosen by a seed fast-check can shrink. */
export function populationDocument(form: PopulationForm): fc.Arbitrary<Record<string, unknown>> {
  return fc.integer({ min: 1, max: 1_000_000 }).map((seed) => {
    const { value } = generatePopulation(form, { seed, count: 1, invalidShare: 0 }).next();
    return (value?.document ?? { form, formVersion: 1 }) as Record<string, unknown>;
  });
}
