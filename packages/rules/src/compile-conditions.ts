import { isFactReference } from './check-rules.js';
import { dateAfter, dateOnOrBefore, isPresent, presentCount } from './operators.js';
import { ownProperty, parsePath, type PathSegment } from './path-resolver.js';
import type { FactCondition, JsonValue, RuleCondition } from './types.js';

/** The facts of one evaluation: each top-level property of the document, plus options and assessment. */
export type Facts = Readonly<Record<string, unknown>>;

/** A compiled condition: plain closures, no `eval` and no `new Function`, so it runs under a strict CSP. */
export type Test = (facts: Facts) => boolean;

/** A test of one fact value, with the condition's JSON value already bound in. */
type Predicate = (factValue: unknown) => boolean;

const isNumeric = (value: unknown): boolean => Number.parseFloat(value as string).toString() !== 'NaN';

/** The operators that may compare with another fact, as functions of both sides. */
const COMPARISONS: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = {
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
  // Rummelig's own, registered on the engine in reference-engine.ts.
  dateOnOrBefore,
  dateAfter,
};

const comparing =
  (name: string) =>
  (value: JsonValue): Predicate => {
    const compare = COMPARISONS[name];
    if (compare === undefined) throw new Error(`Unknown comparison "${name}".`);
    return (a) => compare(a, value);
  };

/**
 * json-rules-engine 7's operators, with the same fact-value validators (an
 * operator whose validator refuses the fact's value is false, not an error),
 * each bound to its JSON value once, at compile time.
 */
const OPERATORS: Readonly<Record<string, (value: JsonValue) => Predicate>> = {
  equal: (value) => (a) => a === value,
  notEqual: (value) => (a) => a !== value,
  in: (value) => (a) => (value as readonly unknown[]).indexOf(a) > -1,
  notIn: (value) => (a) => (value as readonly unknown[]).indexOf(a) === -1,
  contains: (value) => (a) => Array.isArray(a) && a.indexOf(value) > -1,
  doesNotContain: (value) => (a) => Array.isArray(a) && a.indexOf(value) === -1,
  lessThan: comparing('lessThan'),
  lessThanInclusive: comparing('lessThanInclusive'),
  greaterThan: comparing('greaterThan'),
  greaterThanInclusive: comparing('greaterThanInclusive'),
  // Rummelig's own, registered on the engine in reference-engine.ts.
  dateOnOrBefore: comparing('dateOnOrBefore'),
  dateAfter: comparing('dateAfter'),
  present: () => isPresent,
  absent: () => (a) => !isPresent(a),
  fewerPresentThan: (value) => {
    const count = Number(value);
    return (a) => presentCount(a) < count;
  },
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
  const parts = name.split(':');
  const base = OPERATORS[parts.pop() ?? ''];
  if (base === undefined) throw new Error(`Unknown operator "${name}".`);
  let bind = base;
  for (const decoratorName of parts.reverse()) {
    const decorator = DECORATORS[decoratorName];
    if (decorator === undefined) throw new Error(`Unknown operator decorator "${decoratorName}" in "${name}".`);
    bind = decorator(bind);
  }
  return bind(value);
}

/**
 * Gives the closure to use for a compiled part of a condition; the compiler
 * of a whole stage uses it to share a part that several rules repeat.
 */
export type ShareCondition = (condition: RuleCondition, test: Test) => Test;

/** A condition as one closure over the facts; the common small shapes get closures of their own, for speed. */
export function compileCondition(condition: RuleCondition, share: ShareCondition = (_, test) => test): Test {
  return share(condition, compileUnshared(condition, share));
}

function compileUnshared(condition: RuleCondition, share: ShareCondition): Test {
  if ('fact' in condition) return compileFactCondition(condition);
  if ('not' in condition) {
    const inner = compileCondition(condition.not, share);
    return (facts) => !inner(facts);
  }
  const isAll = 'all' in condition;
  const tests = (isAll ? condition.all : condition.any).map((part) => compileCondition(part, share));
  const [first, second] = tests;
  // json-rules-engine answers an empty `any` with true, as it does an empty `all`.
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (tests.length === 2) return isAll ? (facts) => first(facts) && second(facts) : (facts) => first(facts) || second(facts);
  return isAll
    ? (facts) => {
        for (const test of tests) if (!test(facts)) return false;
        return true;
      }
    : (facts) => {
        for (const test of tests) if (test(facts)) return true;
        return false;
      };
}

function compileFactCondition({ fact, path, operator, value }: FactCondition): Test {
  if (isFactReference(value)) return compileComparisonWithFact(compileRead(fact, path), operator, compileRead(value.fact, value.path));
  const fused = compileEachItem(fact, path, operator, value) ?? compileDirect(fact, path, operator, value);
  if (fused) return fused;
  const test = compileOperator(operator, value);
  const read = compilePath(path);
  // Only own facts count; the check is needed only for a name that Object.prototype also has.
  if (fact in Object.prototype) return (facts) => test(read(Object.hasOwn(facts, fact) ? facts[fact] : undefined));
  if (read === identity) return (facts) => test(facts[fact]);
  return (facts) => test(read(facts[fact]));
}

/** A fact, or the value at a path in it, as json-rules-engine's almanac reads it for either side of a condition. */
function compileRead(fact: string, path: string | undefined): (facts: Facts) => unknown {
  const read = compilePath(path);
  if (fact in Object.prototype) return (facts) => read(Object.hasOwn(facts, fact) ? facts[fact] : undefined);
  return (facts) => read(facts[fact]);
}

/**
 * A condition whose value is read from another fact, such as "the needed
 * hours are at most the figure maxWeeklyHours": both sides are read on each
 * evaluation. Only the comparisons take such a value (check-rules.ts), so a
 * decorated operator binds the value it read each time.
 */
function compileComparisonWithFact(readLeft: (facts: Facts) => unknown, operator: string, readRight: (facts: Facts) => unknown): Test {
  const compare = COMPARISONS[operator];
  if (compare !== undefined) return (facts) => compare(readLeft(facts), readRight(facts));
  return (facts) => compileOperator(operator, readRight(facts) as JsonValue)(readLeft(facts));
}

const identity = (value: unknown): unknown => value;

/**
 * The commonest conditions, `equal`, `notEqual`, `present` and `absent` on a
 * fact or one property of it, as a single closure: most rules are made of
 * them, and each call saved counts when a rule set runs a million times.
 * Same answers as the general path: a property is read from an object fact
 * only (its own property), any other fact value is tested as it is.
 */
function compileDirect(fact: string, path: string | undefined, operator: string, value: JsonValue): Test | undefined {
  if (fact in Object.prototype) return undefined;
  const segments = path === undefined || path === '' ? [] : parsePath(path);
  const only = segments?.[0];
  if (segments === undefined || segments.length > 1 || (only !== undefined && only.kind !== 'property')) return undefined;
  const name = only?.kind === 'property' ? only.name : undefined;
  if (name === undefined) {
    switch (operator) {
      case 'equal':
        return (facts) => facts[fact] === value;
      case 'notEqual':
        return (facts) => facts[fact] !== value;
      case 'present':
        return (facts) => isPresent(facts[fact]);
      case 'absent':
        return (facts) => !isPresent(facts[fact]);
      default:
        return undefined;
    }
  }
  const read = (facts: Facts): unknown => {
    const factValue = facts[fact];
    return factValue !== null && typeof factValue === 'object' ? ownProperty(factValue, name) : factValue;
  };
  switch (operator) {
    case 'equal':
      return (facts) => read(facts) === value;
    case 'notEqual':
      return (facts) => read(facts) !== value;
    case 'present':
      return (facts) => isPresent(read(facts));
    case 'absent':
      return (facts) => !isPresent(read(facts));
    default:
      return undefined;
  }
}

/**
 * `someFact:` or `everyFact:` over a `$[*].name` path, the commonest list
 * condition, walked in place instead of building the list of values first.
 * Same answers as the engine: a fact that is no object is tested as it is
 * (so false), an object that is no list gives an empty list.
 */
function compileEachItem(fact: string, path: string | undefined, operator: string, value: JsonValue): Test | undefined {
  const name = path === undefined ? undefined : /^\$\[\*\]\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(path)?.[1];
  const separator = operator.indexOf(':');
  const decorator = operator.slice(0, separator);
  if (name === undefined || fact in Object.prototype || (decorator !== 'someFact' && decorator !== 'everyFact')) return undefined;
  const test = compileOperator(operator.slice(separator + 1), value);
  const wantsSome = decorator === 'someFact';
  return (facts) => {
    const list = facts[fact];
    if (list === null || typeof list !== 'object') return false;
    if (!Array.isArray(list)) return !wantsSome;
    for (const item of list as unknown[]) if (test(ownProperty(item, name)) === wantsSome) return wantsSome;
    return !wantsSome;
  };
}

/** As json-rules-engine's almanac: a path applies to an object fact only; any other value is used as it is. */
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
