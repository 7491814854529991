/**
 * `@rummelig/core/population`: synthetic answer documents for tests and
 * benchmarks, seeded and reproducible. Not for production data.
 */
export { generatePopulation, POPULATION_FORMS, type PopulationForm, type PopulationOptions, type GeneratedDocument, type GeneratedKind } from './population.js';
export { Random } from './random.js';
