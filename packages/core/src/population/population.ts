import type { FormDocuments } from '../form-ids.js';
import { generateHko } from './hko-population.js';
import { generateOpsporing } from './opsporing-population.js';
import { Random } from './random.js';
import { generateVisitation } from './visitation-population.js';

/** The forms the generator can fill. */
export const POPULATION_FORMS = ['opsporing', 'visitation', 'hko'] as const;
export type PopulationForm = (typeof POPULATION_FORMS)[number];

/** `complete` and `partial` keep the data contract; `invalid` breaks it in one place. */
export type GeneratedKind = 'complete' | 'partial' | 'invalid';

export interface GeneratedDocument {
  readonly kind: GeneratedKind;
  readonly document: unknown;
}

export interface PopulationOptions {
  /** The same seed gives the same documents. */
  readonly seed?: number;
  /** How many documents; without it the generator never ends. */
  readonly count?: number;
  /** The share of documents with some answers left out (default 0.25). */
  readonly partialShare?: number;
  /** The share of documents that break the contract in one place (default 0.05). */
  readonly invalidShare?: number;
}

const GENERATORS: { readonly [F in PopulationForm]: (random: Random) => FormDocuments[F] } = {
  opsporing: generateOpsporing,
  visitation: generateVisitation,
  hko: generateHko,
};

/**
 * A synthetic, reproducible population of answer documents for tests and
 * benchmarks, with realistic distributions and a set share of partly filled
 * and invalid documents. Lazy: a million documents are never held at once.
 */
export function* generatePopulation(form: PopulationForm, options: PopulationOptions = {}): Generator<GeneratedDocument> {
  const { seed = 1, count = Number.POSITIVE_INFINITY, partialShare = 0.25, invalidShare = 0.05 } = options;
  const random = new Random(seed);
  const generate = GENERATORS[form];
  for (let index = 0; index < count; index += 1) {
    const complete = generate(random);
    const roll = random.next();
    if (roll < invalidShare) yield { kind: 'invalid', document: breakContract(random, complete) };
    else if (roll < invalidShare + partialShare) yield { kind: 'partial', document: leaveOut(random, complete) };
    else yield { kind: 'complete', document: complete };
  }
}

/** Leaves out some answers, at the top level and inside groups, as an unfinished form does. */
function leaveOut(random: Random, document: object): object {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === 'form' || key === 'formVersion') kept[key] = value;
    else if (random.chance(0.3)) continue;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) kept[key] = leaveOut(random, value);
    else kept[key] = value;
  }
  return kept;
}

/** One break of the contract: a value of the wrong type, an unknown property, a CPR number that is no date (an unknown property where the form has no citizen), or no document at all. */
function breakContract(random: Random, document: object): unknown {
  const keys = Object.keys(document).filter((key) => key !== 'form' && key !== 'formVersion');
  switch (random.integer(0, 4)) {
    case 0: {
      const key = random.pick(keys);
      const value = (document as Record<string, unknown>)[key];
      return { ...document, [key]: typeof value === 'string' ? 42 : 'ugyldig' };
    }
    case 1:
      return { ...document, unknownAnswer: true };
    case 2:
      return { ...document, citizen: { cpr: '320190-1234' } };
    case 3:
      return { ...document, formVersion: 2 };
    default:
      return random.pick([null, [], 'opsporing', 7]);
  }
}
