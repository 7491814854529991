import type { Locale, ValidationIssue } from '@rummelig/core';
import { FieldErrors, tooLongMessage, type FieldError } from './field-errors.js';
import { COMMON_TEXTS, VISITATION_FORM_TEXTS, translator, type Translate } from './texts.js';

/** The fields of `<rummelig-visitation>` in the order they appear. */
export const VISITATION_FIELD_ORDER: readonly string[] = [
  'cpr',
  'name',
  'experience',
  'job-functions',
  'impairment-minutes',
  'support-and-start-conditions',
  'goals',
  'goal-1',
  'goal-2',
  'goal-3',
  'primary-impairment',
  'secondary-impairment',
  'other-impairments',
  'impairment-note',
  'impact-past',
  'impact-future',
  'hko-needed-before',
  'hko-needed-now',
  'hko-schemes',
  'prospects-citizen',
  'prospects-jobformidler',
  'motivated',
  'reinvite-later',
  'refer-to-programme',
  'decision-reason',
];

/** The field of each path of the rule set's `missing`. */
const MISSING_FIELDS: Readonly<Record<string, string>> = {
  'dialogue.experience': 'experience',
  'dialogue.jobFunctions': 'job-functions',
  'dialogue.impairment': 'impairment-minutes',
  'dialogue.supportAndStartConditions': 'support-and-start-conditions',
  'dialogue.goals': 'goals',
  'impairments.primary': 'primary-impairment',
  impactPast: 'impact-past',
  impactFuture: 'impact-future',
  hkoNeededBefore: 'hko-needed-before',
  hkoNeededNow: 'hko-needed-now',
  prospectsCitizen: 'prospects-citizen',
  prospectsJobformidler: 'prospects-jobformidler',
  motivated: 'motivated',
  reinviteLater: 'reinvite-later',
  'decision.referToProgramme': 'refer-to-programme',
  'decision.reason': 'decision-reason',
};

/** The field of each JSON pointer of a validation issue, by its first segments. */
const ISSUE_FIELDS: Readonly<Record<string, string>> = {
  '/citizen/cpr': 'cpr',
  '/citizen/name': 'name',
  '/dialogue/experience': 'experience',
  '/dialogue/jobFunctions': 'job-functions',
  '/dialogue/impairment': 'impairment-minutes',
  '/dialogue/supportAndStartConditions': 'support-and-start-conditions',
  '/impairments/primary': 'primary-impairment',
  '/impairments/secondary': 'secondary-impairment',
  '/impairments/others': 'other-impairments',
  '/impairments/note': 'impairment-note',
  '/hkoSchemes': 'hko-schemes',
  '/decision/referToProgramme': 'refer-to-programme',
  '/decision/reason': 'decision-reason',
};

export interface VisitationErrorSources {
  readonly issues: readonly ValidationIssue[];
  readonly missing: readonly string[];
  /** The positions (0-2) in the three goal boxes of the goals the document holds, so an issue on `/dialogue/goals/1` finds its box. */
  readonly goalBoxes: readonly number[];
  readonly locale: Locale;
  /** The texts in use, with the municipality's wording; the defaults of `locale` when absent. */
  readonly t?: Translate;
}

/** Every error of the form, one per field, in the order the fields appear. */
export function visitationFormErrors({ issues, missing, goalBoxes, locale, t = translator({ ...COMMON_TEXTS, ...VISITATION_FORM_TEXTS }, locale) }: VisitationErrorSources): FieldError[] {
  const errors = new FieldErrors();
  for (const issue of issues) {
    const field = fieldForVisitationIssue(issue.path, goalBoxes);
    // The same impairment twice is the contract's one message on two fields; each says what to do about its own.
    const duplicate = issue.code === 'duplicate-impairment' ? t.optional(`${field}.duplicate`) : undefined;
    errors.add(field, duplicate ?? tooLongMessage(issue, field, t) ?? issue.messages[locale]);
  }
  for (const path of missing) {
    const field = MISSING_FIELDS[path];
    if (field !== undefined) errors.add(field, t(`${field}.required`));
  }
  return errors.inOrder(VISITATION_FIELD_ORDER);
}

export function fieldForVisitationIssue(path: string, goalBoxes: readonly number[]): string {
  const goal = /^\/dialogue\/goals\/(\d+)/.exec(path);
  if (goal) return `goal-${(goalBoxes[Number(goal[1])] ?? 0) + 1}`;
  if (path.startsWith('/dialogue/goals')) return 'goals';
  const match = Object.entries(ISSUE_FIELDS).find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  if (match) return match[1];
  // The other answers sit at the top level, and each field is named after its property: impactPast is impact-past.
  const top = path.split('/')[1] ?? '';
  const kebab = top.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return VISITATION_FIELD_ORDER.includes(kebab) ? kebab : 'cpr';
}
