import type { Assessment } from './assess.js';
import { copySource, copyText } from './copy-texts.js';
import type { FigureSupport } from './figures/figure-support.js';
import { expandMissing } from './missing.js';
import { isPresent } from './operators.js';
import { answerAt } from './path-resolver.js';
import type { CriterionResult, EvaluationResult, EvaluationResultBase, FigureValue, RuleDefinition, RuleSetDefinition, RuleSetId, Warning, WarningDefinition } from './types.js';

/** What the result is built from besides the assessment. */
export interface ResultInputs {
  readonly asOf: string;
  readonly document: object;
  readonly options: Readonly<Record<string, string>>;
  readonly figures: Readonly<Record<string, FigureValue>>;
  readonly figureSupport: FigureSupport | undefined;
}

/**
 * Turns an assessment and the rules that fired into the contract's result.
 * Texts are copied so that a caller editing a result cannot change the rule
 * set in force.
 */
export function buildResult<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  { asOf, document, options, figures, figureSupport }: ResultInputs,
  assessment: Assessment<R>,
  fired: readonly RuleDefinition<R>[],
): EvaluationResult<R> {
  const missing = new Set<string>();
  const raised = new Set<string>();
  const reported = new Set<string>();
  for (const { event } of fired) {
    if (event.type === 'missing') for (const path of expandMissing(event.params.path, event.params.where, document)) missing.add(path);
    if (event.type === 'warning') raised.add(event.params.code);
    if (event.type === 'figure') reported.add(event.params.figure);
  }

  const criteria: CriterionResult[] = definition.criteria.map((criterion) => {
    const status = assessment.criteria[criterion.id] ?? 'unknown';
    const chosen = Object.entries(criterion.explanationsByOption).find(([name]) => options[name] !== undefined);
    const explanations = (chosen && chosen[1][options[chosen[0]] ?? '']) ?? criterion.explanations;
    const withoutAnswer = Object.entries(criterion.explanationsWithoutAnswer ?? {}).find(([path]) => !isPresent(answerAt(document, path)));
    const explanation = (withoutAnswer?.[1] ?? explanations)[status];
    // Loading refuses a rule that marks a criterion not-met when it has no not-met text.
    if (explanation === undefined) throw new Error(`Criterion "${criterion.id}" has no text for ${status}.`);
    return {
      id: criterion.id,
      role: criterion.role,
      status,
      explanation: copyText(explanation),
      source: copySource(criterion.source),
    };
  });

  // An override (such as skipping step 1) decides on its own: nothing more is expected and no decision conflicts with it.
  const warnings: Warning[] = assessment.overridden
    ? []
    : definition.warnings.filter((warning) => isRaised(warning, assessment, raised)).map((warning) => toWarning(warning, criteria));

  const result: EvaluationResultBase<R> = {
    ruleSet: definition.id,
    ruleSetVersion: definition.version,
    asOf,
    recommendation: assessment.recommendation,
    criteria,
    missing: assessment.overridden ? [] : [...missing],
    warnings,
    decision: assessment.decision,
    explanation: copyText(assessment.explanation ?? definition.explanations[assessment.recommendation]),
  };
  // The schemes' results always list their figures, if only to say there are none; the screening's have none.
  return (figureSupport === undefined ? result : { ...result, ...figureSupport.result(definition, figures, reported, asOf) }) as EvaluationResult<R>; // as loading checked
}

function isRaised<R extends RuleSetId>(warning: WarningDefinition<R>, assessment: Assessment<R>, raised: ReadonlySet<string>): boolean {
  if (!('decision' in warning)) return raised.has(warning.code);
  return assessment.decision === warning.decision && assessment.required === warning.requiredCriteria;
}

function toWarning<R extends RuleSetId>(warning: WarningDefinition<R>, criteria: readonly CriterionResult[]): Warning {
  if (!('decision' in warning)) {
    return warning.criteria.length === 0
      ? { code: warning.code, message: copyText(warning.message) }
      : { code: warning.code, message: copyText(warning.message), criteria: [...warning.criteria] };
  }
  const concerned = criteria.filter((criterion) => criterion.role === 'required' && criterion.status === warning.requiredCriteria);
  return { code: warning.code, message: copyText(warning.message), criteria: concerned.map((criterion) => criterion.id) };
}
