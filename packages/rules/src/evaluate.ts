import { RummeligError, type ValidationIssue } from '@rummelig/core';
import { assessFirstStage, checkCall, finishEvaluation, prepareEvaluation } from './evaluation-steps.js';
import { ruleSetById } from './rule-set-registry.js';
import type { RuleSet } from './rule-set.js';
import type { EvaluateOptions, EvaluationResult, RuleDefinition, RuleSetDocuments, RuleSetId } from './types.js';

export type DocumentEvaluation<R extends RuleSetId = RuleSetId> =
  | { readonly ok: true; readonly result: EvaluationResult<R> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Evaluates an answer document of unknown shape, e.g. parsed from user input,
 * synchronously, with the rule set compiled to closures. A document that
 * breaks the data contract gives its issues; a partly filled one is
 * evaluated. Throws a RummeligError only for a mistake in the call: an
 * unknown rule set, an unknown locale or option, or an `asOf` that is
 * malformed or outside every version of the rule set.
 */
export function evaluateDocumentSync<R extends RuleSetId>(ruleSet: R, document: unknown, options: EvaluateOptions<R> = {}): DocumentEvaluation<R> {
  return evaluateWith(ruleSetById(ruleSet), document, options);
}

/**
 * As `evaluateDocumentSync`, with the rule set itself rather than its id,
 * e.g. `evaluateWith(OPSPORING_RULE_SET, document)`: a bundle that does so
 * carries that rule set only, without the others' rules, texts and forms.
 */
export function evaluateWith<R extends RuleSetId>(ruleSet: RuleSet<R>, document: unknown, options: EvaluateOptions<R> = {}): DocumentEvaluation<R> {
  const prepared = prepareEvaluation(ruleSet, document, options);
  if ('issues' in prepared) return { ok: false, issues: prepared.issues };
  const first = prepared.fire(prepared.definition, 'answers', prepared.facts) as readonly RuleDefinition<R>[];
  const { assessment, facts } = assessFirstStage(prepared, first);
  const second = prepared.fire(prepared.definition, 'assessment', facts) as readonly RuleDefinition<R>[];
  return { ok: true, result: finishEvaluation(prepared, assessment, first, second) };
}

/** As `evaluateDocumentSync`, as a promise: mistakes in the call reject. */
export async function evaluateDocument<R extends RuleSetId>(
  ruleSet: R,
  document: unknown,
  options: EvaluateOptions<R> = {},
): Promise<DocumentEvaluation<R>> {
  return evaluateDocumentSync(ruleSet, document, options);
}

/**
 * Evaluates a typed answer document with a rule set, synchronously. Never
 * changes `answers`. Throws RummeligError `invalid-document` (issues in
 * `details.issues`) when the document breaks the data contract, e.g. a score
 * outside its band.
 */
export function evaluateSync<R extends RuleSetId>(ruleSet: R, answers: RuleSetDocuments[R], options: EvaluateOptions<R> = {}): EvaluationResult<R> {
  const evaluation = evaluateDocumentSync(ruleSet, answers, options);
  if (evaluation.ok) return evaluation.result;
  const listed = evaluation.issues.map((issue) => `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`).join('; ');
  throw new RummeligError('invalid-document', `The answer document breaks the data contract: ${listed}`, { issues: evaluation.issues });
}

/** As `evaluateSync`, as a promise: a document that breaks the contract, and mistakes in the call, reject. */
export async function evaluate<R extends RuleSetId>(
  ruleSet: R,
  answers: RuleSetDocuments[R],
  options: EvaluateOptions<R> = {},
): Promise<EvaluationResult<R>> {
  return evaluateSync(ruleSet, answers, options);
}

/**
 * Evaluates many answer documents, one by one, as they come: a list, a generator or an async iterable of parsed
 * documents, without holding them (for lines of JSON text, parse each first, e.g. with `parseJson`, or use the
 * command line). Each item gives its evaluation in input order; a document that breaks the contract gives its
 * issues and the rest go on. The call is checked at once, before any document is read, and every document is
 * evaluated on the same date: `asOf`, or today in Denmark as the call is made, so that a batch running past
 * midnight does not change rules halfway.
 */
export function evaluateMany<R extends RuleSetId>(
  ruleSet: R,
  documents: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions<R> = {},
): AsyncGenerator<DocumentEvaluation<R>> {
  const rules = ruleSetById(ruleSet);
  const { asOf } = checkCall(rules, options);
  checkDocuments(documents);
  return evaluateEach(rules, documents, { ...options, asOf });
}

/**
 * The documents must be a list, a generator or an async iterable of them, checked in the call: a string is iterable,
 * but character by character, so JSON Lines given as text would be evaluated as one document per character.
 */
function checkDocuments(documents: unknown): void {
  const iterable =
    typeof documents === 'object' && documents !== null && (Symbol.iterator in documents || Symbol.asyncIterator in documents);
  if (!iterable) {
    const what = typeof documents === 'string' ? 'a string (split JSON Lines into documents first)' : documents === null ? 'null' : typeof documents;
    throw new RummeligError('invalid-option', `documents must be an iterable or async iterable of documents, not ${what}.`, { documents: typeof documents });
  }
}

async function* evaluateEach<R extends RuleSetId>(
  rules: RuleSet<R>,
  documents: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions<R>,
): AsyncGenerator<DocumentEvaluation<R>> {
  for await (const document of documents) yield evaluateWith(rules, document, options);
}
