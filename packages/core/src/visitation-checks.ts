import { checkCitizenCpr } from './cpr-check.js';
import { createIssue, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import { asRecord } from './record.js';

/**
 * The rules of the visitation contract that the schema cannot state: a real
 * date in the CPR number, and each impairment type once across primary,
 * secondary and others, each scheme once.
 */
export function checkVisitation(document: unknown, locale: Locale): ValidationIssue[] {
  const root = asRecord(document);
  if (!root) return [];
  const issues = checkCitizenCpr(root, locale);

  const impairments = asRecord(root['impairments']);
  if (impairments) {
    const seen = new Set<unknown>();
    const listed: [path: string, value: unknown][] = [
      ['/impairments/primary', impairments['primary']],
      ['/impairments/secondary', impairments['secondary']],
      ...(Array.isArray(impairments['others']) ? impairments['others'] : []).map(
        (value, index): [string, unknown] => [`/impairments/others/${index}`, value],
      ),
    ];
    for (const [path, value] of listed) {
      if (typeof value !== 'string') continue;
      if (seen.has(value)) issues.push(createIssue('duplicate-impairment', path, {}, locale));
      seen.add(value);
    }
  }

  const schemes = Array.isArray(root['hkoSchemes']) ? root['hkoSchemes'] : [];
  schemes.forEach((scheme, index) => {
    if (schemes.indexOf(scheme) !== index) issues.push(createIssue('duplicate-value', `/hkoSchemes/${index}`, {}, locale));
  });
  return issues;
}
