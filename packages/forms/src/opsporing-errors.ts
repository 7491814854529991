import {
  enumTitle,
  opsporingSchema,
  type Locale,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
  type ValidationIssue,
} from '@rummelig/core';
import { FieldErrors, tooLongMessage, type FieldError } from './field-errors.js';
import { COMMON_TEXTS, OPSPORING_FORM_TEXTS, translator, type Translate } from './texts.js';

export type { FieldError } from './field-errors.js';

export type FormMode = 'citizen' | 'caseworker';

/** The fields whose answer the rule set can report missing. */
type RequiredField =
  | 'impairments'
  | 'impact-description'
  | 'medically-documented'
  | 'prior-compensation-schemes'
  | 'prior-limitation'
  | 'citizen-wants-visitation'
  | 'refer-to-visitation'
  | 'description-other';

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
  /** The texts in use, with the municipality's wording; the defaults of `locale` when absent. */
  readonly t?: Translate;
}

/** The default texts of the opsporing form in one language. */
export function opsporingTexts(locale: Locale): Translate {
  return translator({ ...COMMON_TEXTS, ...OPSPORING_FORM_TEXTS }, locale);
}

/** Every error of the form, one per field, in the order the fields appear. */
export function formErrors(sources: ErrorSources, fieldOrder: readonly string[]): FieldError[] {
  const { answers, locale, mode } = sources;
  const t = sources.t ?? opsporingTexts(locale);
  const errors = new FieldErrors();
  const add = (field: string, message: string) => errors.add(field, message);
  for (const type of sources.rowsWithInvalidScore ?? []) add(`score-${type}`, t('score.invalid', { name: shortImpairmentName(type, locale) }));
  for (const issue of sources.issues) {
    const field = fieldForIssue(issue, answers);
    add(field, issueMessage(issue, field, locale, t));
  }
  if ((sources.rowsWithoutDescription ?? []).length > 0) add('description-other', t('description-other.required'));
  for (const type of sources.rowsWithoutImpact) add(`impact-${type}`, t('impact.required', { name: shortImpairmentName(type, locale) }));
  for (const path of sources.missing) {
    const field = fieldForMissing(path, mode);
    // A ticked row without impact explains an absent impairment list better than the general message.
    if (field === 'impairments' && sources.rowsWithoutImpact.length > 0) continue;
    if (field !== undefined) add(field, t(`${field}.required`));
  }
  return errors.inOrder(fieldOrder);
}

/**
 * The contract's message, except that a text that is too long is named, because
 * "Teksten må højst være 200 tegn" in the error summary would not say which one.
 */
export function issueMessage(issue: ValidationIssue, field: string, locale: Locale, t: Translate = opsporingTexts(locale)): string {
  return tooLongMessage(issue, field, t) ?? issue.messages[locale];
}
