import type { LocalizedText } from '@rummelig/core';
import { kleeneAnd } from './kleene.js';
import { expandMissing } from './missing.js';
import type {
  CriterionResult,
  CriterionStatus,
  Decision,
  EvaluationResult,
  Recommendation,
  RuleDefinition,
  RuleSetDefinition,
  RuleSetId,
  Warning,
} from './types.js';

/**
 * Turns the rules that fired into the contract's result. Texts are copied so
 * that a caller editing a result cannot change the rule set in force.
 */
export function buildResult<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  asOf: string,
  document: object,
  fired: readonly RuleDefinition<R>[],
): EvaluationResult<R> {
  const statuses = new Map<string, CriterionStatus>();
  const missing = new Set<string>();
  let override: Recommendation<R> | undefined;
  let decision: Decision<R> | null = null;
  for (const { name, event } of fired) {
    switch (event.type) {
      case 'criterion': {
        const earlier = statuses.get(event.params.criterion);
        // The rules of a criterion are written to exclude each other; both firing is a defect of the rule set.
        if (earlier !== undefined && earlier !== event.params.status) {
          throw new Error(`Rule set "${definition.id}" ${definition.version}: criterion "${event.params.criterion}" is both met and not met (rule "${name}").`);
        }
        statuses.set(event.params.criterion, event.params.status);
        break;
      }
      case 'override':
        override ??= event.params.recommendation;
        break;
      case 'decision':
        decision = event.params.decision;
        break;
      case 'missing':
        for (const path of expandMissing(event.params.path, event.params.where, document)) missing.add(path);
        break;
    }
  }

  const criteria: CriterionResult[] = definition.criteria.map((criterion) => {
    const status = statuses.get(criterion.id) ?? 'unknown';
    return {
      id: criterion.id,
      role: criterion.role,
      status,
      explanation: copyText(criterion.explanations[status]),
      source: { title: criterion.source.title, ref: criterion.source.ref },
    };
  });
  const required = criteria.filter((criterion) => criterion.role === 'required');
  const requiredStatus = kleeneAnd(required.map((criterion) => criterion.status));
  const recommendation = override ?? definition.recommendations[requiredStatus];

  // An override (such as skipping step 1) decides on its own: nothing more is expected and no decision conflicts with it.
  const warnings: Warning[] =
    override !== undefined || decision === null
      ? []
      : definition.warnings
          .filter((warning) => warning.decision === decision && warning.requiredCriteria === requiredStatus)
          .map((warning) => ({
            code: warning.code,
            message: copyText(warning.message),
            criteria: required.filter((criterion) => criterion.status === warning.requiredCriteria).map((criterion) => criterion.id),
          }));

  return {
    ruleSet: definition.id,
    ruleSetVersion: definition.version,
    asOf,
    recommendation,
    criteria,
    missing: override === undefined ? [...missing] : [],
    warnings,
    decision,
    explanation: copyText(definition.explanations[recommendation]),
  };
}

function copyText(text: LocalizedText): LocalizedText {
  return { da: text.da, en: text.en };
}
