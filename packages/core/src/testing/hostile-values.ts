import fc from 'fast-check';

/**
 * Arbitrary values a hostile or broken client could send as an answer
 * document: every JSON type, keys that reach for prototypes, huge and odd
 * strings, numbers at the edges, dates that do not exist, deep nesting.
 * Shared by the property tests of every package.
 */

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0007\u001b[31m',
  '\u202eevil',
  '\ud800',
  '\udfff\ud800',
  '\u2028\u2029',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '300290-1234',
  '310490-1234',
  '000000-0000',
  '0101901234',
  '2026-02-29',
  '2026-13-01',
  '0000-00-00',
  'ÆØÅ æøå',
  '🙂'.repeat(300),
];

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const FORM_KEYS = [
  'form',
  'formVersion',
  'citizen',
  'cpr',
  'name',
  'impairments',
  'type',
  'impact',
  'score',
  'description',
  'noImpairment',
  'impactDescription',
  'caseworker',
  'context',
  'dialogue',
  'goals',
  'primary',
  'others',
  'decision',
  'referToProgramme',
  'reason',
  'motivated',
  'situation',
  'weeklyHours',
  'personalAssistance',
  'neededHoursPerWeek',
  'aid',
  'education',
  'completedOn',
  'isbryder',
  'plannedStart',
  'fortrinsadgang',
  'mentor',
  'requestedMonths',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 30 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 15 },
  { arbitrary: fc.constantFrom(...ODD_STRINGS), weight: 20 },
  // A megabyte now and then (some hundreds of times in 10,000 documents): validation must refuse it by length, not choke on it.
  { arbitrary: fc.constant('x'.repeat(1 << 20)), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double(),
  fc.constantFrom(-0, 0.5, 10.000001, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY),
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...FORM_KEYS), fc.string({ maxLength: 8 }));

const leaf: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), hostileNumber, hostileString);

/** Any value, nested a few levels, with hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A value nested thousands of levels deep, as arrays or as objects. */
export const deeplyNested: fc.Arbitrary<unknown> = fc.record({ depth: fc.integer({ min: 1000, max: 5000 }), objects: fc.boolean() }).map(({ depth, objects }) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = objects ? { citizen: value } : [value];
  return value;
});

/** A document of a form with hostile values placed where the form's answers go, sometimes parsed from JSON as a server would. */
export function hostileDocument(form: string, valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const mutated = fc
    .tuple(valid, fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FORM_KEYS), hostileKey), fc.oneof({ arbitrary: hostileValue, weight: 19 }, { arbitrary: deeplyNested, weight: 1 })), { minLength: 1, maxLength: 3 }))
    .map(([document, changes]) => {
      const copy: Record<string, unknown> = { ...document };
      for (const [key, value] of changes) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
  const parsed = mutated.map((document) => {
    try {
      return JSON.parse(JSON.stringify(document)) as unknown;
    } catch {
      return document;
    }
  });
  return fc.oneof(
    { arbitrary: mutated, weight: 4 },
    { arbitrary: parsed, weight: 3 },
    { arbitrary: hostileValue.map((value) => (value !== null && typeof value === 'object' ? { form, formVersion: 1, ...value } : value)), weight: 2 },
    { arbitrary: fc.oneof({ arbitrary: hostileValue, weight: 4 }, { arbitrary: deeplyNested, weight: 1 }), weight: 1 },
  );
}

/** The names Object.prototype has now, to check afterwards that nothing was added. */
export function prototypeSnapshot(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',') + '|' + Object.getOwnPropertyNames(Array.prototype).sort().join(',');
}

/**
 * A description of a value that tells every difference the tests care
 * about: types, own keys (an own `__proto__` included, which structuredClone
 * and isDeepStrictEqual do not keep apart from a prototype), prototypes, and
 * numbers such as NaN and -0.
 */
export function describeValue(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') {
      if (typeof current === 'string') parts.push(`s:${current.length}:${current.slice(0, 64)}:${current.slice(-64)}`);
      else parts.push(typeof current === 'number' ? `n:${Object.is(current, -0) ? '-0' : String(current)}` : `${typeof current}:${String(current)}`);
      continue;
    }
    const prototype = Object.getPrototypeOf(current);
    const kind = Array.isArray(current) ? 'array' : prototype === Object.prototype ? 'object' : prototype === null ? 'null-object' : 'other';
    const keys = Object.keys(current);
    parts.push(`${kind}(${keys.length}):${keys.map((key) => JSON.stringify(key)).join(',')}`);
    for (const key of keys.reverse()) stack.push((current as Record<string, unknown>)[key]);
  }
  return parts.join('|');
}
