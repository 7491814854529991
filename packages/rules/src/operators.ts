import { isIsoDate } from '@rummelig/core';

/** An answer counts as given unless it is absent, null, an empty list or blank text: an empty field is no answer. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Operators rules may use: json-rules-engine's built-ins plus Rummelig's own (present, absent, fewerPresentThan and the two on dates). */
export const BASE_OPERATORS: readonly string[] = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'present',
  'absent',
  'fewerPresentThan',
  'dateOnOrBefore',
  'dateAfter',
];

/** The operators that compare numbers, and those that compare dates `YYYY-MM-DD`. */
export const NUMBER_OPERATORS: readonly string[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
export const DATE_OPERATORS: readonly string[] = ['dateOnOrBefore', 'dateAfter'];

/** `a` is on or before `b`; false unless both are existing dates written `YYYY-MM-DD`, whose text order is their time order. */
export function dateOnOrBefore(a: unknown, b: unknown): boolean {
  return isIsoDate(a) && isIsoDate(b) && a <= b;
}

/** `a` is after `b`; false unless both are existing dates. */
export function dateAfter(a: unknown, b: unknown): boolean {
  return isIsoDate(a) && isIsoDate(b) && a > b;
}

/** json-rules-engine's own decorators that rules may put in front of an operator, as in `someFact:in`. */
export const OPERATOR_DECORATORS: readonly string[] = ['someFact', 'everyFact', 'not'];

export function isAllowedOperator(name: string): boolean {
  const parts = name.split(':');
  const base = parts.pop();
  return base !== undefined && BASE_OPERATORS.includes(base) && parts.every((part) => OPERATOR_DECORATORS.includes(part));
}

/** How many items of a list are given; a single value counts as one list item. */
export function presentCount(value: unknown): number {
  if (Array.isArray(value)) return value.filter(isPresent).length;
  return isPresent(value) ? 1 : 0;
}
