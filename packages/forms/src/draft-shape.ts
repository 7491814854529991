/**
 * The shape of a kept draft, to read one back from storage: only the answers
 * a form knows, each of its type, so that a value changed by hand in the
 * browser, or written by an older version, cannot put into the form what it
 * could not hold. Answers that break the contract in other ways (a CPR number
 * half typed) are kept: a draft is work in progress.
 */
export type Shape =
  | 'string'
  | 'boolean'
  | 'number'
  | { readonly oneOf: readonly string[] }
  | { readonly someOf: readonly string[] }
  | { readonly fields: Readonly<Record<string, Shape>> };

/** The part of `value` that fits `shape`; undefined when nothing does. Empty groups are left out. */
export function pickShape(value: unknown, shape: Shape): unknown {
  if (typeof shape === 'string') return typeof value === shape ? value : undefined;
  if ('oneOf' in shape) return typeof value === 'string' && shape.oneOf.includes(value) ? value : undefined;
  if ('someOf' in shape) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && shape.someOf.includes(item)) ? [...new Set(value)] : undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const picked: Record<string, unknown> = {};
  for (const [key, fieldShape] of Object.entries(shape.fields)) {
    const field = pickShape((value as Record<string, unknown>)[key], fieldShape);
    if (field !== undefined) picked[key] = field;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}
