import { checkOptionKeys, messageLocale, validateWith, type Locale, type ValidationIssue } from '@rummelig/core';
import { assess, assessmentFact, type Assessment } from './assess.js';
import { buildResult } from './build-result.js';
import { ASSESSMENT_FACT, OPTIONS_FACT } from './check-rules.js';
import type { FigureSupport } from './figures/figure-support.js';
import type { FireRules } from './run-generated.js';
import type { Facts } from './compile-conditions.js';
import { resolveOptions } from './resolve-options.js';
import { resolveAsOf, versionInForce, type RuleSet } from './rule-set.js';
import type { EvaluateOptions, EvaluationResult, FigureValue, RuleDefinition, RuleSetDefinition, RuleSetId } from './types.js';

/** A document that keeps the contract, with the rule set in force and the facts its rules read. */
export interface PreparedEvaluation<R extends RuleSetId> {
  readonly definition: RuleSetDefinition<R>;
  readonly asOf: string;
  readonly options: Readonly<Record<string, string>>;
  readonly answers: object;
  readonly facts: Facts;
  /** Every figure's value, null where not known; empty for a rule set without figures. */
  readonly figures: Readonly<Record<string, FigureValue>>;
  readonly figureSupport: FigureSupport | undefined;
  /** How the rule set fires its rules. */
  readonly fire: FireRules;
}

/**
 * The steps before the rules run, the same for every evaluator: check the
 * call (throws RummeligError for a mistake in it), pick the version in force,
 * validate the document (its issues are returned, not thrown).
 */
export function prepareEvaluation<R extends RuleSetId>(
  ruleSet: RuleSet<R>,
  document: unknown,
  options: EvaluateOptions<R>,
): PreparedEvaluation<R> | { readonly issues: readonly ValidationIssue[] } {
  const { asOf, definition, chosen, locale } = checkCall(ruleSet, options);
  const validation = validateWith(ruleSet.contract, document, { locale });
  if (!validation.valid) return { issues: validation.issues };
  const answers: object = validation.value;
  const facts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(answers)) if (value !== undefined) facts[name] = value;
  facts[OPTIONS_FACT] = chosen;
  const figureSupport = ruleSet.figures;
  const figures = figureSupport?.compute(definition, answers, asOf) ?? {};
  if (figureSupport) Object.assign(facts, figureSupport.facts(definition, figures, asOf));
  return { definition, asOf, options: chosen, answers, facts, figures, figureSupport, fire: ruleSet.fire };
}

const OPTION_KEYS = ['asOf', 'locale', 'options'];

interface CheckedCall<R extends RuleSetId> {
  readonly asOf: string;
  readonly definition: RuleSetDefinition<R>;
  readonly chosen: Readonly<Record<string, string>>;
  readonly locale: Locale;
}

/**
 * The call's date, version, options and language, each checked: throws RummeligError for a mistake in the call,
 * including options that are not an object and a key that is not an option (`asof`, say), which would otherwise
 * evaluate today's rules without a word.
 */
export function checkCall<R extends RuleSetId>(ruleSet: RuleSet<R>, options: EvaluateOptions<R>): CheckedCall<R> {
  checkOptionKeys(options as unknown, OPTION_KEYS, 'An evaluation');
  const locale = messageLocale(options);
  const asOf = resolveAsOf(options.asOf);
  const definition = versionInForce(ruleSet, asOf);
  const chosen = resolveOptions(definition, options.options);
  return { asOf, definition, chosen, locale };
}

/** The assessment made from the first stage, and the facts of the second stage: the first stage's facts and that assessment. */
export function assessFirstStage<R extends RuleSetId>(
  prepared: PreparedEvaluation<R>,
  first: readonly RuleDefinition<R>[],
): { readonly assessment: Assessment<R>; readonly facts: Facts } {
  const assessment = assess(prepared.definition, first);
  return { assessment, facts: { ...prepared.facts, [ASSESSMENT_FACT]: assessmentFact(assessment) } };
}

/** The contract's result from the rules that fired in the two stages. */
export function finishEvaluation<R extends RuleSetId>(
  prepared: PreparedEvaluation<R>,
  assessment: Assessment<R>,
  first: readonly RuleDefinition<R>[],
  second: readonly RuleDefinition<R>[],
): EvaluationResult<R> {
  const { definition, asOf, answers, options, figures, figureSupport } = prepared;
  // In the order the definition lists the rules, so `missing` follows the form whichever stage found an answer absent.
  const fired = new Set([...first, ...second]);
  const rules = definition.rules.filter((rule) => fired.has(rule));
  return buildResult(definition, { asOf, document: answers, options, figures, figureSupport }, assessment, rules);
}
