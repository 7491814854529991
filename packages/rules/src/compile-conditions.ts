import { dateAfter, dateOnOrBefore, isPresent, presentCount } from './operators.js';
import { ownProperty, parsePath, type PathSegment } from './path-resolver.js';
import type { JsonValue } from './types.js';

/** The facts of one evaluation: each top-level property of the document, plus options and assessment. */
export type Facts = Readonly<Record<string, unknown>>;

/** A compiled condition: plain closures, no `eval` and no `new Function`, so it runs under a strict CSP. */
export type Test = (facts: Facts) => boolean;

/** A test of one fact value, with the condition's JSON value already bound in. */
export type Predicate = (factValue: unknown) => boolean;

/** json-rules-engine's number validator: a number is one, and text is one when it starts like one. */
export function isNumeric(value: unknown): boolean {
  // parseFloat of a number gives the number back, so its text is "NaN" only for NaN; the string path is for the rest.
  if (typeof value === 'number') return !Number.isNaN(value);
  // parseFloat of these is NaN; asking it would turn each into text first.
  if (value === undefined || value === null || typeof value === 'boolean') return false;
  return Number.parseFloat(value as string).toString() !== 'NaN';
}

/**
 * json-rules-engine 7's operators as functions of the fact's value and the
 * condition's value, with the same fact-value validators (an operator whose
 * validator refuses the fact's value is false, not an error), and Rummelig's own.
 */
export const BINARY_OPERATORS: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as readonly unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as readonly unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
  // Rummelig's own, registered on the engine in reference-engine.ts.
  present: (a) => isPresent(a),
  absent: (a) => !isPresent(a),
  fewerPresentThan: (a, b) => presentCount(a) < Number(b),
  dateOnOrBefore,
  dateAfter,
};

/** json-rules-engine's decorators: `someFact` and `everyFact` want a list, and are false on anything else. */
const DECORATORS: Readonly<Record<string, (inner: (value: JsonValue) => Predicate) => (value: JsonValue) => Predicate>> = {
  someFact: (inner) => (value) => {
    const test = inner(value);
    return (a) => Array.isArray(a) && a.some(test);
  },
  everyFact: (inner) => (value) => {
    const test = inner(value);
    return (a) => Array.isArray(a) && a.every(test);
  },
  someValue: (inner) => (value) => {
    const tests = (value as readonly JsonValue[]).map(inner);
    return (a) => tests.some((test) => test(a));
  },
  everyValue: (inner) => (value) => {
    const tests = (value as readonly JsonValue[]).map(inner);
    return (a) => tests.every((test) => test(a));
  },
  not: (inner) => (value) => {
    const test = inner(value);
    return (a) => !test(a);
  },
};

/**
 * An operator name such as `in` or `not:someFact:in`, as json-rules-engine
 * reads it: decorators from the left, the leftmost outermost, bound to the
 * condition's value.
 */
export function compileOperator(name: string, value: JsonValue): Predicate {
  return operatorBinder(name)(value);
}

/** The operator's function of the condition's value, checked once, for a value known only on each run. */
export function operatorBinder(name: string): (value: JsonValue) => Predicate {
  const parts = name.split(':');
  const operator = BINARY_OPERATORS[parts.pop() ?? ''];
  if (operator === undefined) throw new Error(`Unknown operator "${name}".`);
  let bind = (bound: JsonValue): Predicate => (a) => operator(a, bound);
  for (const decoratorName of parts.reverse()) {
    const decorator = DECORATORS[decoratorName];
    if (decorator === undefined) throw new Error(`Unknown operator decorator "${decoratorName}" in "${name}".`);
    bind = decorator(bind);
  }
  return bind;
}

const identity = (value: unknown): unknown => value;

/**
 * A fact, or the value at a path in it, as json-rules-engine's almanac reads
 * it for either side of a condition: a path applies to an object fact only,
 * any other value is used as it is, and only own facts count.
 */
export function compileRead(fact: string, path: string | undefined): (facts: Facts) => unknown {
  const read = compilePath(path);
  // The check of own facts is needed only for a name that Object.prototype also has.
  if (fact in Object.prototype) return (facts) => read(Object.hasOwn(facts, fact) ? facts[fact] : undefined);
  if (read === identity) return (facts) => facts[fact];
  return (facts) => read(facts[fact]);
}

function compilePath(path: string | undefined): (value: unknown) => unknown {
  if (path === undefined || path === '') return identity;
  const segments = parsePath(path);
  if (segments === undefined) throw new Error(`Unsupported path "${path}": use $, .name and [*] only.`);
  const walk = compileSegments(segments);
  return (value) => (value !== null && typeof value === 'object' ? walk(value) : value);
}

function compileSegments(segments: readonly PathSegment[]): (value: unknown) => unknown {
  const [first, second] = segments;
  if (segments.length === 1 && first?.kind === 'property') return (value) => ownProperty(value, first.name);
  if (segments.length === 2 && first?.kind === 'property' && second?.kind === 'property') {
    return (value) => ownProperty(ownProperty(value, first.name), second.name);
  }
  if (segments.length === 2 && first?.kind === 'each' && second?.kind === 'property') {
    return (value) => (Array.isArray(value) ? value.map((item: unknown) => ownProperty(item, second.name)) : []);
  }
  return (value) => {
    let values: unknown[] = [value];
    for (const segment of segments) {
      values =
        segment.kind === 'each'
          ? values.flatMap((item) => (Array.isArray(item) ? (item as unknown[]) : []))
          : values.map((item) => ownProperty(item, segment.name));
    }
    return values;
  };
}
