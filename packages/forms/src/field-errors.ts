import type { ValidationIssue } from '@rummelig/core';
import type { Translate } from './texts.js';

/** An error shown by a field and in the error summary; `field` is the id of the field in the form. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * Collects one error per field, the first one offered winning, and returns
 * them in the order the fields appear, so that the error summary reads in the
 * order of the form.
 */
export class FieldErrors {
  private readonly byField = new Map<string, string>();

  add(field: string, message: string): void {
    if (!this.byField.has(field)) this.byField.set(field, message);
  }

  has(field: string): boolean {
    return this.byField.has(field);
  }

  inOrder(fieldOrder: readonly string[]): FieldError[] {
    const position = (field: string) => {
      const index = fieldOrder.indexOf(field);
      return index === -1 ? fieldOrder.length : index;
    };
    return [...this.byField].map(([field, message]) => ({ field, message })).sort((a, b) => position(a.field) - position(b.field));
  }
}

/**
 * "Navnet må højst være 200 tegn. Fjern 12 tegn.": the contract's too-long issue with the text named, when the field
 * has a name, and how much to take out, which a pasted text gives no feel for.
 */
export function tooLongMessage(issue: ValidationIssue, field: string, t: Translate): string | undefined {
  const { limit, length } = issue.params ?? {};
  const name = t.optional(`${field}.name`);
  if (issue.code !== 'too-long' || typeof limit !== 'number' || typeof length !== 'number' || !name) return undefined;
  return t('tooLong', { name, limit, excess: length - limit });
}
