import { createIssue, RummeligError, type ValidationIssue } from './errors.js';
import type { FormDocuments, FormId } from './form-ids.js';
import type { JsonSchema } from './json-schema.js';
import { isLocale, type Locale } from './localized-text.js';
import type { SchemaValidateFunction } from './generated/validator-function.js';
import { issuesFromSchemaErrors } from './schema-issues.js';

/**
 * Everything that checks one form's answer document: its JSON Schema, the
 * validator generated from it, and the checks a schema cannot state. One
 * module per form, so that a page showing one form ships that form only.
 */
export interface FormContract<F extends FormId = FormId> {
  readonly form: F;
  readonly schema: JsonSchema;
  readonly validateSchema: SchemaValidateFunction;
  readonly check: (document: unknown, locale: Locale) => ValidationIssue[];
}

export interface ValidateOptions {
  /** Language of `message` in each issue; both languages are always in `messages`. Undefined is Danish. */
  readonly locale?: Locale | undefined;
}

export type ValidationResult<T> =
  | { readonly valid: true; readonly value: T; readonly issues: readonly [] }
  | { readonly valid: false; readonly issues: readonly ValidationIssue[] };

/**
 * The language of the messages, Danish when none is asked for. Throws `invalid-option` for any other value: a
 * locale taken unchecked from, say, an Accept-Language header is a mistake in the call, and issues without a
 * message would hide it.
 */
export function messageLocale(options: ValidateOptions | undefined): Locale {
  const locale = options?.locale;
  if (locale === undefined) return 'da';
  if (!isLocale(locale)) throw new RummeligError('invalid-option', `locale must be "da" or "en", not "${String(locale)}".`, { locale });
  return locale;
}

/**
 * Options of a call (`call`: "An evaluation", "A validation") must be an object holding only the keys it knows, as a
 * misspelt `asof` or `lcoale` would otherwise be ignored without a word. Throws `invalid-option`.
 */
export function checkOptionKeys(options: unknown, known: readonly string[], call: string): asserts options is Readonly<Record<string, unknown>> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RummeligError('invalid-option', `The options of ${call.toLowerCase()} must be an object.`, { options });
  }
  const unknown = Object.keys(options).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new RummeligError('invalid-option', `${call} has no option "${unknown}"; known options: ${known.join(', ')}.`, { option: unknown });
}

/** validate's and parseJson's options: `locale` at most. */
function validationLocale(options: unknown): Locale {
  const given = options === undefined ? {} : options;
  checkOptionKeys(given, ['locale'], 'A validation');
  return messageLocale(given);
}

/** Checks a document against one form's contract. Problems are returned as issues, never thrown; a mistake in the options throws. */
export function validateWith<F extends FormId>(
  contract: FormContract<F>,
  document: unknown,
  options: ValidateOptions = {},
): ValidationResult<FormDocuments[F]> {
  const locale = validationLocale(options);
  const schemaValid = contract.validateSchema(document);
  const issues = [
    ...(schemaValid ? [] : issuesFromSchemaErrors(contract.validateSchema.errors ?? [], contract.schema, document, locale)),
    ...contract.check(document, locale),
  ];
  if (issues.length === 0) return { valid: true, value: document as FormDocuments[F], issues: [] };
  return { valid: false, issues: dedupe(issues) };
}

export type ParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: ValidationIssue };

/** Parses JSON text; text that is not JSON gives an `invalid-json` issue instead of an exception. */
export function parseJson(text: string, options: ValidateOptions = {}): ParseResult {
  const locale = validationLocale(options);
  if (/^[ \t\n\r]*$/.test(text)) return { ok: false, issue: createIssue('invalid-json', '', { reason: 'empty' }, locale) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issue: createIssue('invalid-json', '', {}, locale) };
  }
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
