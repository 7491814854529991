import { isLocale, RummeligError, validate, type ValidationIssue } from '@rummelig/core';
import { assess, assessmentFact } from './assess.js';
import { buildResult } from './build-result.js';
import { ASSESSMENT_FACT, OPTIONS_FACT } from './check-rules.js';
import { resolveOptions } from './resolve-options.js';
import { getRuleSet, resolveAsOf } from './rule-set-registry.js';
import { factsOf, firedRules } from './run-rules.js';
import type { EvaluateOptions, EvaluationResult, RuleSetDocuments, RuleSetId } from './types.js';

export type DocumentEvaluation<R extends RuleSetId = RuleSetId> =
  | { readonly ok: true; readonly result: EvaluationResult<R> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Evaluates an answer document of unknown shape, e.g. parsed from user input.
 * A document that breaks the data contract gives its issues; a partly filled
 * one is evaluated. Rejects with a RummeligError only for a mistake in the
 * call: an unknown rule set, an unknown locale or option, or an `asOf` that
 * is malformed or outside every version of the rule set.
 */
export async function evaluateDocument<R extends RuleSetId>(
  ruleSet: R,
  document: unknown,
  options: EvaluateOptions<R> = {},
): Promise<DocumentEvaluation<R>> {
  if (options.locale !== undefined && !isLocale(options.locale)) {
    throw new RummeligError('invalid-option', `locale must be "da" or "en", not "${String(options.locale)}".`, { locale: options.locale });
  }
  const asOf = resolveAsOf(options.asOf);
  const definition = getRuleSet(ruleSet, asOf);
  const chosen = resolveOptions(definition, options.options);
  const validation = validate(definition.form, document, { locale: options.locale ?? 'da' });
  if (!validation.valid) return { ok: false, issues: validation.issues };
  const answers = validation.value;
  const facts = { ...factsOf(answers), [OPTIONS_FACT]: chosen };
  const first = await firedRules(definition, 'answers', facts);
  const assessment = assess(definition, first);
  const second = await firedRules(definition, 'assessment', { ...facts, [ASSESSMENT_FACT]: assessmentFact(assessment) });
  // In the order the definition lists the rules, so `missing` follows the form whichever stage found an answer absent.
  const fired = new Set([...first, ...second]);
  return { ok: true, result: buildResult(definition, asOf, answers, chosen, assessment, definition.rules.filter((rule) => fired.has(rule))) };
}

/**
 * Evaluates a typed answer document with a rule set. Never changes `answers`.
 * Rejects with RummeligError `invalid-document` (issues in `details.issues`)
 * when the document breaks the data contract, e.g. a score outside its band.
 */
export async function evaluate<R extends RuleSetId>(
  ruleSet: R,
  answers: RuleSetDocuments[R],
  options: EvaluateOptions<R> = {},
): Promise<EvaluationResult<R>> {
  const evaluation = await evaluateDocument(ruleSet, answers, options);
  if (evaluation.ok) return evaluation.result;
  const listed = evaluation.issues.map((issue) => `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`).join('; ');
  throw new RummeligError('invalid-document', `The answer document breaks the data contract: ${listed}`, { issues: evaluation.issues });
}
