import { checkCitizenCpr } from './cpr-check.js';
import { createIssue, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import { IMPACT_LEVELS, SCORE_BANDS, type Impact } from './opsporing-types.js';
import { asRecord } from './record.js';

const IMPACTFUL: readonly unknown[] = ['small', 'medium', 'large'];

const isImpact = (value: unknown): value is Impact => (IMPACT_LEVELS as readonly unknown[]).includes(value);

/**
 * The rules of the contract that a JSON Schema cannot state well: a real date
 * in the CPR number, each impairment once, the score inside its impact band,
 * and "no impairment" not beside an impairment that matters. Written
 * defensively because they also run on documents that failed the schema.
 */
export function checkOpsporing(document: unknown, locale: Locale): ValidationIssue[] {
  const root = asRecord(document);
  if (!root) return [];
  const issues: ValidationIssue[] = checkCitizenCpr(root, locale);

  const impairments = Array.isArray(root['impairments']) ? root['impairments'] : [];
  const seen = new Set<unknown>();
  impairments.forEach((entry, index) => {
    const impairment = asRecord(entry);
    if (!impairment) return;
    const type = impairment['type'];
    if (typeof type === 'string') {
      if (seen.has(type)) issues.push(createIssue('duplicate-impairment', `/impairments/${index}/type`, {}, locale));
      seen.add(type);
    }
    const { impact, score } = impairment;
    // A score outside 0-10 or not whole is already a schema issue; only the band is checked here.
    if (isImpact(impact) && typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 10) {
      const [minimum, maximum] = SCORE_BANDS[impact];
      if (score < minimum || score > maximum) {
        issues.push(createIssue('score-outside-impact-band', `/impairments/${index}/score`, { minimum, maximum }, locale));
      }
    }
  });

  if (root['noImpairment'] === true && impairments.some((entry) => IMPACTFUL.includes(asRecord(entry)?.['impact']))) {
    issues.push(createIssue('no-impairment-conflict', '/noImpairment', {}, locale));
  }
  return issues;
}
