import { createIssue, RummeligError, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import type { JsonSchema } from './json-schema.js';
import type { OpsporingAnswers } from './opsporing-types.js';
import type { VisitationAnswers } from './visitation-types.js';
import type { SchemaValidateFunction } from './generated/validator-function.js';
import { validateOpsporingSchema, validateVisitationSchema } from './generated/validators.js';
import { opsporingSchema, visitationSchema } from './generated/schemas.js';
import { issuesFromSchemaErrors } from './schema-issues.js';
import { checkOpsporing } from './opsporing-checks.js';
import { checkVisitation } from './visitation-checks.js';

/** The answer documents of the data contract. */
export const FORM_IDS = ['opsporing', 'visitation'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The answer document type of each form. */
export interface FormDocuments {
  opsporing: OpsporingAnswers;
  visitation: VisitationAnswers;
}

export interface ValidateOptions {
  /** Language of `message` in each issue; both languages are always in `messages`. */
  readonly locale?: Locale;
}

export type ValidationResult<T> =
  | { readonly valid: true; readonly value: T; readonly issues: readonly [] }
  | { readonly valid: false; readonly issues: readonly ValidationIssue[] };

interface FormContract {
  readonly schema: JsonSchema;
  readonly validateSchema: SchemaValidateFunction;
  readonly check: (document: unknown, locale: Locale) => ValidationIssue[];
}

const CONTRACTS: Readonly<Record<FormId, FormContract>> = {
  opsporing: { schema: opsporingSchema, validateSchema: validateOpsporingSchema, check: checkOpsporing },
  visitation: { schema: visitationSchema, validateSchema: validateVisitationSchema, check: checkVisitation },
};

export function isFormId(value: unknown): value is FormId {
  return (FORM_IDS as readonly unknown[]).includes(value);
}

/** The JSON Schema of a form's answer document. */
export function schemaOf(form: FormId): JsonSchema {
  return contractOf(form).schema;
}

/**
 * Checks a document against the data contract. Problems are returned as
 * issues, never thrown; a partly filled document is valid. Throws only for an
 * unknown form name, which is a mistake in the calling code.
 */
export function validate<F extends FormId>(
  form: F,
  document: unknown,
  options: ValidateOptions = {},
): ValidationResult<FormDocuments[F]> {
  const contract = contractOf(form);
  const locale = options.locale ?? 'da';
  const schemaValid = contract.validateSchema(document);
  const issues = [
    ...(schemaValid ? [] : issuesFromSchemaErrors(contract.validateSchema.errors ?? [], contract.schema, document, locale)),
    ...contract.check(document, locale),
  ];
  if (issues.length === 0) return { valid: true, value: document as FormDocuments[F], issues: [] };
  return { valid: false, issues: dedupe(issues) };
}

export function validateOpsporing(document: unknown, options: ValidateOptions = {}): ValidationResult<OpsporingAnswers> {
  return validate('opsporing', document, options);
}

export function validateVisitation(document: unknown, options: ValidateOptions = {}): ValidationResult<VisitationAnswers> {
  return validate('visitation', document, options);
}

export type ParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: ValidationIssue };

/** Parses JSON text; text that is not JSON gives an `invalid-json` issue instead of an exception. */
export function parseJson(text: string, options: ValidateOptions = {}): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issue: createIssue('invalid-json', '', {}, options.locale ?? 'da') };
  }
}

function contractOf(form: FormId): FormContract {
  if (!isFormId(form)) {
    throw new RummeligError('unknown-form', `Unknown form "${String(form)}". Known forms: ${FORM_IDS.join(', ')}.`, { form });
  }
  return CONTRACTS[form];
}

/** One issue per code and path: allErrors can report the same fault through several keywords. */
function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code} ${issue.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
