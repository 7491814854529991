export {
  RULE_SET_IDS,
  RULE_SET_OUTCOMES,
  RULE_SET_OPTIONS,
  CRITERION_STATUSES,
  CRITERION_ROLES,
  type RuleSetId,
  type Recommendation,
  type Decision,
  type CriterionStatus,
  type CriterionRole,
  type CriterionResult,
  type LegalSource,
  type Warning,
  type EvaluationResult,
  type EvaluateOptions,
  type RuleSetOptions,
  type ImpactDimension,
  type RuleSetDocuments,
  type RuleSetDefinition,
  type CriterionDefinition,
  type WarningDefinition,
  type DecisionWarningDefinition,
  type RuleWarningDefinition,
  type RecommendationRow,
  type StatusCondition,
  type KleeneExpression,
  type OptionDefinition,
  type RuleDefinition,
  type RuleEvent,
  type RuleCondition,
  type TopLevelRuleCondition,
  type FactCondition,
  type JsonValue,
} from './types.js';
export { evaluate, evaluateDocument, evaluateSync, evaluateDocumentSync, evaluateMany, type DocumentEvaluation } from './evaluate.js';
export { precompile } from './run-compiled.js';
export { getRuleSet, ruleSetVersions, isRuleSetId } from './rule-set-registry.js';
export { defineRuleSet } from './define-rule-set.js';
export { kleeneAnd, kleeneOr } from './kleene.js';
export {
  handOverToVisitation,
  STEP_2_TYPES,
  type VisitationHandover,
  type ImpairmentSuggestion,
} from './handover.js';
export { createDecisionRecord, replay, type DecisionRecord, type RecordedCriterion, type RecordOptions, type ReplayOutcome } from './decision-record.js';
