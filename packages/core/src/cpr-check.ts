import { isValidCpr } from './cpr.js';
import { createIssue, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import { asRecord } from './record.js';

/** A CPR number that is shaped right but is not a real date; too long a value is already a schema issue. */
export function checkCitizenCpr(root: Record<string, unknown>, locale: Locale): ValidationIssue[] {
  const cpr = asRecord(root['citizen'])?.['cpr'];
  if (typeof cpr === 'string' && cpr.length <= 11 && !isValidCpr(cpr)) return [createIssue('invalid-cpr', '/citizen/cpr', {}, locale)];
  return [];
}
