/** An answer counts as given unless it is absent, null, an empty list or blank text: an empty field is no answer. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Operators rules may use: json-rules-engine's built-ins plus Rummelig's `present`, `absent` and `fewerPresentThan`. */
export const BASE_OPERATORS: readonly string[] = ['equal', 'notEqual', 'in', 'notIn', 'present', 'absent', 'fewerPresentThan'];

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
