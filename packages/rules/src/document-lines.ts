import { createIssue, parseJson, validate, validateOpsporing, type FormId, type Locale, type ParseResult, type ValidationIssue } from '@rummelig/core';
import { evaluateDocumentSync, evaluateSync } from './evaluate.js';
import { handOverToVisitation } from './handover.js';
import { resolveOptions } from './resolve-options.js';
import { getRuleSet, resolveAsOf } from './rule-set-registry.js';
import type { RuleSetId } from './types.js';

/** What to do with each document: the same for the command line and the HTTP service. */
export type DocumentJob =
  | {
      readonly kind: 'evaluate';
      readonly ruleSet: RuleSetId;
      readonly asOf: string | undefined;
      readonly locale: Locale;
      /** The rule set's options, by their name in the API (`impactDimension`); present only when some were given. */
      readonly options?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'validate'; readonly form: FormId; readonly locale: Locale }
  | { readonly kind: 'handover'; readonly asOf: string | undefined; readonly locale: Locale };

/** The line written for a document that is not JSON or breaks the data contract (contract, section 6). */
export interface ErrorLine {
  readonly error: Pick<ValidationIssue, 'code' | 'message' | 'path' | 'messages'>;
  readonly errors: readonly ValidationIssue[];
}

/** One document's line: its result (or `{"valid": true}`), or the error line that takes its place. */
export type LineOutcome = { readonly ok: true; readonly line: unknown } | { readonly ok: false; readonly line: ErrorLine };

/** The most one document may take, in bytes: more than any answer document needs (the HTTP service's `bodyLimit`). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** A line that cannot be a document: not UTF-8, or longer than MAX_DOCUMENT_BYTES. It gets an error line of its own. */
export interface UnreadableLine {
  readonly unreadable: 'not-utf-8' | 'too-long';
}

/** What the line reader gives: a line's text, or why it has none. */
export type InputLine = string | UnreadableLine;

/** Handles the text of one document, or a line that has none. Never throws for bad input. */
export type DocumentHandler = (text: InputLine) => LineOutcome;

type Outcome = { readonly ok: true; readonly line: unknown } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function errorLine(issues: readonly [ValidationIssue, ...ValidationIssue[]]): ErrorLine {
  const [first] = issues;
  return { error: { code: first.code, message: first.message, path: first.path, messages: first.messages }, errors: issues };
}

/**
 * Checks the rule set, date and options once, before any input is read, so
 * that a mistake in the call never depends on the input: throws a
 * RummeligError for it (`invalid-as-of`, `as-of-outside-rule-set`, `invalid-option`).
 */
export function documentHandler(job: DocumentJob): DocumentHandler {
  const handle = outcomeOf(job);
  return (text) => {
    const parsed = typeof text === 'string' ? parseJson(text, { locale: job.locale }) : unreadable(text, job.locale);
    const outcome = parsed.ok ? handle(parsed.value) : { ok: false as const, issues: [parsed.issue] };
    if (outcome.ok) return outcome;
    const [first, ...rest] = outcome.issues;
    if (first === undefined) throw new Error('A failed document must have at least one issue.');
    return { ok: false, line: errorLine([first, ...rest]) };
  };
}

function unreadable({ unreadable: why }: UnreadableLine, locale: Locale): ParseResult {
  const issue = why === 'too-long' ? createIssue('too-long', '', { limit: MAX_DOCUMENT_BYTES, unit: 'bytes' }, locale) : createIssue('invalid-json', '', { reason: why }, locale);
  return { ok: false, issue };
}

function outcomeOf(job: DocumentJob): (document: unknown) => Outcome {
  if (job.kind === 'validate') {
    return (document) => {
      const validation = validate(job.form, document, { locale: job.locale });
      return validation.valid ? { ok: true, line: { valid: true } } : { ok: false, issues: validation.issues };
    };
  }
  const asOf = resolveAsOf(job.asOf);
  if (job.kind === 'handover') {
    getRuleSet('opsporing', asOf);
    return (document) => {
      const validation = validateOpsporing(document, { locale: job.locale });
      if (!validation.valid) return { ok: false, issues: validation.issues };
      const result = evaluateSync('opsporing', validation.value, { asOf });
      return { ok: true, line: handOverToVisitation(validation.value, result, job.locale) };
    };
  }
  resolveOptions(getRuleSet(job.ruleSet, asOf), job.options);
  const options = job.options ?? {};
  return (document) => {
    const evaluation = evaluateDocumentSync(job.ruleSet, document, { asOf, locale: job.locale, options });
    return evaluation.ok ? { ok: true, line: evaluation.result } : evaluation;
  };
}
