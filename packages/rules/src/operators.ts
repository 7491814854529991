import { Operator } from 'json-rules-engine';

/** An answer counts as given unless it is absent, null, an empty list or blank text: an empty field is no answer. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Operators rules may use; json-rules-engine's built-ins plus the three registered below. */
export const BASE_OPERATORS: readonly string[] = ['equal', 'notEqual', 'in', 'notIn', 'present', 'absent', 'fewerPresentThan'];

/** json-rules-engine's own decorators that rules may put in front of an operator, as in `someFact:in`. */
export const OPERATOR_DECORATORS: readonly string[] = ['someFact', 'everyFact', 'not'];

export function isAllowedOperator(name: string): boolean {
  const parts = name.split(':');
  const base = parts.pop();
  return base !== undefined && BASE_OPERATORS.includes(base) && parts.every((part) => OPERATOR_DECORATORS.includes(part));
}

/**
 * `fewerPresentThan` compares the number of given items with its value.
 * `present` and `absent` ignore their value (json-rules-engine requires one;
 * rule sets write `true`). They accept any fact value, so an undefined fact
 * reaches them instead of failing a type check.
 */
export function customOperators(): Operator[] {
  return [
    new Operator<unknown, unknown>('present', (factValue) => isPresent(factValue), () => true),
    new Operator<unknown, unknown>('absent', (factValue) => !isPresent(factValue), () => true),
    // A list with fewer given items than required, e.g. three goals of which one is blank; an absent list has none.
    new Operator<unknown, unknown>('fewerPresentThan', (factValue, count) => presentCount(factValue) < Number(count), () => true),
  ];
}

export function presentCount(value: unknown): number {
  if (Array.isArray(value)) return value.filter(isPresent).length;
  return isPresent(value) ? 1 : 0;
}
