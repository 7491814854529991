export {
  RULE_SET_IDS,
  RULE_SET_OUTCOMES,
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
  type RuleSetDocuments,
  type RuleSetDefinition,
  type CriterionDefinition,
  type WarningDefinition,
  type RuleDefinition,
  type RuleEvent,
  type RuleCondition,
  type TopLevelRuleCondition,
  type FactCondition,
  type JsonValue,
} from './types.js';
export { evaluate, evaluateDocument, type DocumentEvaluation } from './evaluate.js';
export { getRuleSet, ruleSetVersions, isRuleSetId } from './rule-set-registry.js';
export { defineRuleSet } from './define-rule-set.js';
export { kleeneAnd } from './kleene.js';
