import type { LocalizedText } from '@rummelig/core';
import { kleeneAnd, kleeneOr } from './kleene.js';
import type { CriterionStatus, Decision, KleeneExpression, Recommendation, RuleDefinition, RuleSetDefinition, RuleSetId } from './types.js';

/** What the answers amount to, before missing answers and warnings are collected. */
export interface Assessment<R extends RuleSetId = RuleSetId> {
  /** Every criterion's status, by id. */
  readonly criteria: Readonly<Record<string, CriterionStatus>>;
  /** Every group's status, by name. */
  readonly groups: Readonly<Record<string, CriterionStatus>>;
  /** The Kleene conjunction of the required criteria. */
  readonly required: CriterionStatus;
  readonly recommendation: Recommendation<R>;
  /** The explanation of the recommendation row that decided, when it has its own. */
  readonly explanation: LocalizedText | undefined;
  /** True when a rule set the recommendation on its own, as skipping step 1 does. */
  readonly overridden: boolean;
  readonly decision: Decision<R> | null;
}

/** Reads the criterion, override and decision events of the rules that fired on the answers. */
export function assess<R extends RuleSetId>(definition: RuleSetDefinition<R>, fired: readonly RuleDefinition<R>[]): Assessment<R> {
  const statuses = new Map<string, CriterionStatus>();
  let override: Recommendation<R> | undefined;
  let decision: Decision<R> | null = null;
  for (const { name, event } of fired) {
    if (event.type === 'criterion') {
      const earlier = statuses.get(event.params.criterion);
      // The rules of a criterion are written to exclude each other; both firing is a defect of the rule set.
      if (earlier !== undefined && earlier !== event.params.status) {
        throw new Error(`Rule set "${definition.id}" ${definition.version}: criterion "${event.params.criterion}" is both met and not met (rule "${name}").`);
      }
      statuses.set(event.params.criterion, event.params.status);
    } else if (event.type === 'override') {
      override ??= event.params.recommendation;
    } else if (event.type === 'decision') {
      decision = event.params.decision;
    }
  }
  const criteria = Object.fromEntries(definition.criteria.map(({ id }) => [id, statuses.get(id) ?? 'unknown' as const]));
  const groups = Object.fromEntries(Object.entries(definition.groups).map(([name, expression]) => [name, statusOf(expression, criteria)]));
  const required = kleeneAnd(definition.criteria.filter((criterion) => criterion.role === 'required').map(({ id }) => criteria[id] ?? 'unknown'));
  const row = override === undefined ? recommend(definition, { ...criteria, ...groups }, required) : { recommendation: override };
  return { criteria, groups, required, recommendation: row.recommendation, explanation: row.explanation, overridden: override !== undefined, decision };
}

function statusOf(expression: KleeneExpression, criteria: Readonly<Record<string, CriterionStatus>>): CriterionStatus {
  if (typeof expression === 'string') return criteria[expression] ?? 'unknown';
  if ('all' in expression) return kleeneAnd(expression.all.map((part) => statusOf(part, criteria)));
  return kleeneOr(expression.any.map((part) => statusOf(part, criteria)));
}

function recommend<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  statuses: Readonly<Record<string, CriterionStatus>>,
  required: CriterionStatus,
): { readonly recommendation: Recommendation<R>; readonly explanation?: LocalizedText } {
  const { recommendations } = definition;
  if (!Array.isArray(recommendations)) return { recommendation: (recommendations as Readonly<Record<CriterionStatus, Recommendation<R>>>)[required] };
  const row = recommendations.find(({ when }) => Object.entries(when).every(([id, status]) => statuses[id] === status));
  // The loader requires a last row without conditions, so some row always matches.
  if (row === undefined) throw new Error(`Rule set "${definition.id}" ${definition.version}: no recommendation row matches.`);
  return row;
}

/** The assessment as the fact that rules of the second stage read. */
export function assessmentFact(assessment: Assessment): Readonly<Record<string, unknown>> {
  const { criteria, groups, recommendation, decision } = assessment;
  return { criteria, groups, recommendation, decision };
}
