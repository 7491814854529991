export {
  RULE_SET_IDS,
  HKO_RULE_SET_IDS,
  RULE_SET_OUTCOMES,
  RULE_SET_OPTIONS,
  CRITERION_STATUSES,
  CRITERION_ROLES,
  CONFIDENCES,
  FIGURE_UNITS,
  FIGURE_CALCULATIONS,
  type RuleSetId,
  type HkoRuleSetId,
  type Confidence,
  type FigureResult,
  type FigureValue,
  type FigureUnit,
  type FigureCalculation,
  type FigureDefinition,
  type ParameterDefinition,
  type ParameterPeriod,
  type FactReference,
  type Recommendation,
  type Decision,
  type CriterionStatus,
  type CriterionRole,
  type CriterionResult,
  type LegalSource,
  type Warning,
  type EvaluationResult,
  type EvaluationResultBase,
  type RuleSetResultParts,
  type SchemeResultParts,
  type EvaluateOptions,
  type RuleSetOptions,
  type ImpactDimension,
  type RuleSetDocuments,
  type RuleSetDefinition,
  type CriterionDefinition,
  type CriterionExplanations,
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
export { evaluate, evaluateDocument, evaluateSync, evaluateDocumentSync, evaluateWith, evaluateMany, type DocumentEvaluation } from './evaluate.js';
export { versionInForce, type RuleSet } from './rule-set.js';
export type { FigureSupport } from './figures/figure-support.js';
export type { FireRules } from './run-generated.js';
export type { Stage } from './stages.js';
export type { Facts } from './compile-conditions.js';
export {
  OPSPORING_RULE_SET,
  VISITATION_RULE_SET,
  PERSONLIG_ASSISTANCE_RULE_SET,
  HJAELPEMIDLER_RULE_SET,
  ISBRYDER_RULE_SET,
  FORTRINSADGANG_RULE_SET,
  MENTOR_RULE_SET,
} from './rule-sets/rule-sets.js';
export { precompile } from './run-compiled.js';
export { getRuleSet, ruleSetVersions, isRuleSetId, ruleSetById } from './rule-set-registry.js';
export { defineRuleSet, defineRuleSetVersions } from './define-rule-set.js';
export { kleeneAnd, kleeneOr } from './kleene.js';
export {
  handOverToVisitation,
  STEP_2_TYPES,
  type VisitationHandover,
  type ImpairmentSuggestion,
} from './handover.js';
export { createDecisionRecord, replay, type DecisionRecord, type RecordedCriterion, type RecordOptions, type ReplayOutcome } from './decision-record.js';
// What the evaluators throw for a mistake in the call, where a vendor catching it looks for it.
export { RummeligError, ERROR_CODES, type ErrorCode } from '@rummelig/core';
