import {
  enumTitle,
  opsporingSchema,
  type Locale,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
  type ValidationIssue,
} from '@rummelig/core';
import { impactRequiredMessage, REQUIRED_MESSAGES, type RequiredField } from './opsporing-messages.js';

/** An error shown by a field and in the error summary; `field` is the id of the field in the form. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

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
  readonly issues: readonly ValidationIssue[];
  readonly missing: readonly string[];
  readonly mode: FormMode;
  readonly locale: Locale;
}

/** Every error of the form, one per field, in the order the fields appear. */
export function formErrors(sources: ErrorSources, fieldOrder: readonly string[]): FieldError[] {
  const { answers, locale, mode } = sources;
  const byField = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!byField.has(field)) byField.set(field, message);
  };
  for (const issue of sources.issues) add(fieldForIssue(issue, answers), issue.messages[locale]);
  for (const type of sources.rowsWithoutImpact) add(`impact-${type}`, impactRequiredMessage(shortImpairmentName(type, locale))[locale]);
  for (const path of sources.missing) {
    const field = fieldForMissing(path, mode);
    // A ticked row without impact explains an absent impairment list better than the general message.
    if (field === 'impairments' && sources.rowsWithoutImpact.length > 0) continue;
    if (field !== undefined) add(field, REQUIRED_MESSAGES[field][locale]);
  }
  const position = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...byField].map(([field, message]) => ({ field, message })).sort((a, b) => position(a.field) - position(b.field));
}
