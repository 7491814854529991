import {
  enumTitle,
  opsporingSchema,
  type Locale,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
  type ValidationIssue,
} from '@rummelig/core';
import {
  impactRequiredMessage,
  REQUIRED_MESSAGES,
  scoreInvalidMessage,
  TEXT_FIELD_NAMES,
  tooLongMessage,
  type RequiredField,
} from './opsporing-messages.js';
import { FieldErrors, type FieldError } from './field-errors.js';

export type { FieldError } from './field-errors.js';

export type FormMode = 'citizen' | 'caseworker';

const MISSING_FIELDS: Readonly<Record<string, RequiredField>> = {
  impairments: 'impairments',
  impactDescription: 'impact-description',
  medicallyDocumented: 'medically-documented',
  priorCompensationSchemes: 'prior-compensation-schemes',
  priorLimitation: 'prior-limitation',
  'caseworker.citizenWantsVisitation': 'citizen-wants-visitation',
  'caseworker.referToVisitation': 'refer-to-visitation',
};

const CASEWORKER_ONLY: readonly RequiredField[] = ['citizen-wants-visitation', 'refer-to-visitation'];

/** The field the contract's `missing` path belongs to, or undefined when this form does not ask it. */
export function fieldForMissing(path: string, mode: FormMode): RequiredField | undefined {
  const field = /^impairments\[\d+\]\.description$/.test(path) ? 'description-other' : MISSING_FIELDS[path];
  if (field === undefined || (mode === 'citizen' && CASEWORKER_ONLY.includes(field))) return undefined;
  return field;
}

/** The field a validation issue's JSON pointer belongs to. */
export function fieldForIssue(issue: ValidationIssue, answers: OpsporingAnswers): string {
  const [, group, index, property] = issue.path.split('/');
  if (group === 'citizen' && index === 'cpr') return 'cpr';
  if (group === 'citizen' && index === 'name') return 'name';
  if (group === 'impairments' && index !== undefined) {
    const type = answers.impairments?.[Number(index)]?.type;
    if (type === undefined) return 'impairments';
    if (property === 'description') return 'description-other';
    if (property === 'score') return `score-${type}`;
    return `impact-${type}`;
  }
  if (group === 'noImpairment') return 'no-impairment';
  if (group === 'impactDescription') return 'impact-description';
  return 'impairments';
}

/** The short name of an impairment row, without its examples in brackets. */
export function shortImpairmentName(type: OpsporingImpairmentType, locale: Locale): string {
  return enumTitle(opsporingSchema, 'impairments/type', type, locale)
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/,\s*(angiv|please specify):?$/i, '');
}

export interface ErrorSources {
  readonly answers: OpsporingAnswers;
  readonly rowsWithoutImpact: readonly OpsporingImpairmentType[];
  /** Rows whose 0-10 helper holds text that is not a whole number from 0 to 10. */
  readonly rowsWithInvalidScore?: readonly OpsporingImpairmentType[];
  /** Rows that must be specified ("Andet, angiv") and are not. */
  readonly rowsWithoutDescription?: readonly OpsporingImpairmentType[];
  readonly issues: readonly ValidationIssue[];
  readonly missing: readonly string[];
  readonly mode: FormMode;
  readonly locale: Locale;
}

/** Every error of the form, one per field, in the order the fields appear. */
export function formErrors(sources: ErrorSources, fieldOrder: readonly string[]): FieldError[] {
  const { answers, locale, mode } = sources;
  const errors = new FieldErrors();
  const add = (field: string, message: string) => errors.add(field, message);
  for (const type of sources.rowsWithInvalidScore ?? []) add(`score-${type}`, scoreInvalidMessage(shortImpairmentName(type, locale))[locale]);
  for (const issue of sources.issues) {
    const field = fieldForIssue(issue, answers);
    add(field, issueMessage(issue, field, locale));
  }
  if ((sources.rowsWithoutDescription ?? []).length > 0) add('description-other', REQUIRED_MESSAGES['description-other'][locale]);
  for (const type of sources.rowsWithoutImpact) add(`impact-${type}`, impactRequiredMessage(shortImpairmentName(type, locale))[locale]);
  for (const path of sources.missing) {
    const field = fieldForMissing(path, mode);
    // A ticked row without impact explains an absent impairment list better than the general message.
    if (field === 'impairments' && sources.rowsWithoutImpact.length > 0) continue;
    if (field !== undefined) add(field, REQUIRED_MESSAGES[field][locale]);
  }
  return errors.inOrder(fieldOrder);
}

/**
 * The contract's message, except that a text that is too long is named, because
 * "Teksten må højst være 200 tegn" in the error summary would not say which one.
 */
export function issueMessage(issue: ValidationIssue, field: string, locale: Locale): string {
  const limit = issue.params?.['limit'];
  if (issue.code === 'too-long' && typeof limit === 'number' && isTextField(field)) {
    return tooLongMessage(TEXT_FIELD_NAMES[field], limit)[locale];
  }
  return issue.messages[locale];
}

function isTextField(field: string): field is keyof typeof TEXT_FIELD_NAMES {
  return Object.hasOwn(TEXT_FIELD_NAMES, field);
}
