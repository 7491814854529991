import { isIsoDate } from './dates.js';
import { createIssue, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import { asRecord } from './record.js';

/** The dates of the hko document, by their JSON pointer. */
const DATES: readonly (readonly [group: string, field: string])[] = [
  ['education', 'completedOn'],
  ['isbryder', 'plannedStart'],
];

/**
 * What the schema does not state: a date is a real calendar date. Too long a
 * text or a wrong type is already a schema issue, so only a string that fits
 * is checked here.
 */
export function checkHko(document: unknown, locale: Locale): ValidationIssue[] {
  const root = asRecord(document);
  if (!root) return [];
  const issues: ValidationIssue[] = [];
  for (const [group, field] of DATES) {
    const value = asRecord(root[group])?.[field];
    if (typeof value === 'string' && value.length <= 10 && !isIsoDate(value)) {
      issues.push(createIssue('invalid-date', `/${group}/${field}`, {}, locale));
    }
  }
  return issues;
}
