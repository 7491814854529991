import { isLocale, RummeligError, validate, type ValidationIssue } from '@rummelig/core';
import { buildResult } from './build-result.js';
import { getRuleSet, resolveAsOf } from './rule-set-registry.js';
import { firedRules } from './run-rules.js';
import type { EvaluateOptions, EvaluationResult, RuleSetDocuments, RuleSetId } from './types.js';

export type DocumentEvaluation<R extends RuleSetId = RuleSetId> =
  | { readonly ok: true; readonly result: EvaluationResult<R> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Evaluates an answer document of unknown shape, e.g. parsed from user input.
 * A document that breaks the data contract gives its issues; a partly filled
 * one is evaluated. Rejects with a RummeligError only for a mistake in the
 * call: an unknown rule set, an unknown locale, or an `asOf` that is
 * malformed or outside every version of the rule set.
 */
export async function evaluateDocument<R extends RuleSetId>(
  ruleSet: R,
  document: unknown,
  options: EvaluateOptions = {},
): Promise<DocumentEvaluation<R>> {
  if (options.locale !== undefined && !isLocale(options.locale)) {
    throw new RummeligError('invalid-option', `locale must be "da" or "en", not "${String(options.locale)}".`, { locale: options.locale });
  }
  const asOf = resolveAsOf(options.asOf);
  const definition = getRuleSet(ruleSet, asOf);
  const validation = validate(definition.form, document, { locale: options.locale ?? 'da' });
  if (!validation.valid) return { ok: false, issues: validation.issues };
  const answers = validation.value;
  return { ok: true, result: buildResult(definition, asOf, answers, await firedRules(definition, answers)) };
}

/**
 * Evaluates a typed answer document with a rule set. Never changes `answers`.
 * Rejects with RummeligError `invalid-document` (issues in `details.issues`)
 * when the document breaks the data contract, e.g. a score outside its band.
 */
export async function evaluate<R extends RuleSetId>(
  ruleSet: R,
  answers: RuleSetDocuments[R],
  options: EvaluateOptions = {},
): Promise<EvaluationResult<R>> {
  const evaluation = await evaluateDocument(ruleSet, answers, options);
  if (evaluation.ok) return evaluation.result;
  const listed = evaluation.issues.map((issue) => `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`).join('; ');
  throw new RummeligError('invalid-document', `The answer document breaks the data contract: ${listed}`, { issues: evaluation.issues });
}
