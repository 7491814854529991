import type { FormId, Locale, LocalizedText, OpsporingAnswers, VisitationAnswers } from '@rummelig/core';

export const RULE_SET_IDS = ['opsporing', 'visitation'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export const CRITERION_STATUSES = ['met', 'not-met', 'unknown'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const CRITERION_ROLES = ['required', 'supporting', 'supplementary'] as const;
export type CriterionRole = (typeof CRITERION_ROLES)[number];

/** The recommendations each rule set can give and the decisions it can report, per data contract. */
export const RULE_SET_OUTCOMES = {
  opsporing: {
    recommendations: ['refer', 'do-not-refer', 'undetermined', 'skip-to-visitation'],
    decisions: ['refer', 'do-not-refer'],
  },
  visitation: {
    recommendations: ['visit', 're-invite-later', 'not-in-target-group', 'undetermined'],
    decisions: ['visit', 'do-not-visit'],
  },
} as const satisfies Record<RuleSetId, { recommendations: readonly string[]; decisions: readonly string[] }>;

export type Recommendation<R extends RuleSetId = RuleSetId> = (typeof RULE_SET_OUTCOMES)[R]['recommendations'][number];
export type Decision<R extends RuleSetId = RuleSetId> = (typeof RULE_SET_OUTCOMES)[R]['decisions'][number];

/**
 * The options each rule set takes and their allowed values. The rule-set data
 * gives each option's default and describes every value; rules read the
 * chosen values from the `options` fact.
 */
export const RULE_SET_OPTIONS = {
  opsporing: {},
  visitation: {
    /** Which impact answers criterion b reads: past or future (either), the future only, or both. */
    impactDimension: ['either', 'future', 'both'],
  },
} as const satisfies Record<RuleSetId, Readonly<Record<string, readonly [string, ...string[]]>>>;

/** The options a caller may pass for a rule set; each one left out takes the rule set's default. */
export type RuleSetOptions<R extends RuleSetId = RuleSetId> = R extends RuleSetId
  ? { readonly [K in keyof (typeof RULE_SET_OPTIONS)[R]]?: ((typeof RULE_SET_OPTIONS)[R][K] & readonly string[])[number] }
  : never;

/** How visitation's criterion b reads the two impact answers: either of them, the future one, or both. */
export type ImpactDimension = (typeof RULE_SET_OPTIONS)['visitation']['impactDimension'][number];

/** The answer document each rule set evaluates. */
export interface RuleSetDocuments {
  opsporing: OpsporingAnswers;
  visitation: VisitationAnswers;
}

/** Where a criterion comes from: the guide's line or the law's paragraph. */
export interface LegalSource {
  readonly title: string;
  readonly ref: string;
}

export interface CriterionResult {
  readonly id: string;
  readonly role: CriterionRole;
  readonly status: CriterionStatus;
  readonly explanation: LocalizedText;
  readonly source: LegalSource;
}

export interface Warning {
  readonly code: string;
  readonly message: LocalizedText;
  readonly criteria?: readonly string[];
}

/** The result of every rule set (data contract, section 5). Plain data that survives JSON.stringify. */
export interface EvaluationResult<R extends RuleSetId = RuleSetId> {
  readonly ruleSet: R;
  readonly ruleSetVersion: string;
  readonly asOf: string;
  readonly recommendation: Recommendation<R>;
  readonly criteria: readonly CriterionResult[];
  /** Dotted paths of answers the form expects and that are absent, e.g. `impairments[2].description`. */
  readonly missing: readonly string[];
  readonly warnings: readonly Warning[];
  readonly decision: Decision<R> | null;
  readonly explanation: LocalizedText;
}

export interface EvaluateOptions<R extends RuleSetId = RuleSetId> {
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  readonly asOf?: string;
  /** Language of the `message` of validation issues; both languages are always in `messages`. */
  readonly locale?: Locale;
  /** The rule set's own options, e.g. `{ impactDimension: 'future' }` for visitation. */
  readonly options?: RuleSetOptions<R>;
}

// ---- Rule-set definitions: the shape of the JSON files in rule-sets/ ----

/** A JSON value as it may appear on the right-hand side of a condition. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface FactCondition {
  /** A top-level property of the answer document. */
  readonly fact: string;
  /** `$.a.b`, `$[*].x` or `$.a[*].x`; see path-resolver.ts. */
  readonly path?: string;
  readonly operator: string;
  readonly value: JsonValue;
}

export type RuleCondition =
  | FactCondition
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition };

export type TopLevelRuleCondition = Exclude<RuleCondition, FactCondition>;

export type RuleEvent<R extends RuleSetId = RuleSetId> =
  | { readonly type: 'warning'; readonly params: { readonly code: string } }
  | { readonly type: 'criterion'; readonly params: { readonly criterion: string; readonly status: 'met' | 'not-met' } }
  | { readonly type: 'override'; readonly params: { readonly recommendation: Recommendation<R> } }
  | {
      readonly type: 'missing';
      readonly params: {
        /** Dotted path; one `[*]` is expanded to the index of each item that matches `where` and lacks the rest of the path. */
        readonly path: string;
        readonly where?: Readonly<Record<string, string | number | boolean>>;
      };
    }
  | { readonly type: 'decision'; readonly params: { readonly decision: Decision<R> } };

export interface RuleDefinition<R extends RuleSetId = RuleSetId> {
  readonly name: string;
  readonly description?: string;
  readonly conditions: TopLevelRuleCondition;
  readonly event: RuleEvent<R>;
}

export interface CriterionDefinition {
  readonly id: string;
  readonly role: CriterionRole;
  readonly title: LocalizedText;
  readonly source: LegalSource;
  readonly explanations: Readonly<Record<CriterionStatus, LocalizedText>>;
  /** Explanations that replace `explanations` when an option has a given value: option → value → status → text. */
  readonly explanationsByOption: Readonly<Record<string, Readonly<Record<string, Readonly<Record<CriterionStatus, LocalizedText>>>>>>;
}

/** A warning raised by the caseworker's decision when the required criteria have a given status. */
export interface DecisionWarningDefinition<R extends RuleSetId = RuleSetId> {
  readonly code: string;
  /** The caseworker's decision that triggers the warning… */
  readonly decision: Decision<R>;
  /** …when the required criteria, combined by Kleene conjunction, have this status. */
  readonly requiredCriteria: 'not-met' | 'unknown';
  readonly message: LocalizedText;
}

/** A warning raised by a rule's `warning` event with the same code. */
export interface RuleWarningDefinition {
  readonly code: string;
  readonly message: LocalizedText;
  /** The criteria the warning concerns. */
  readonly criteria: readonly string[];
}

export type WarningDefinition<R extends RuleSetId = RuleSetId> = DecisionWarningDefinition<R> | RuleWarningDefinition;

/** A criterion or group id with the status it must have. */
export type StatusCondition = Readonly<Record<string, CriterionStatus>>;

/** Criterion ids combined by Kleene conjunction (`all`) and disjunction (`any`). */
export type KleeneExpression = string | { readonly all: readonly KleeneExpression[] } | { readonly any: readonly KleeneExpression[] };

/** One row of a recommendation table: the first row whose statuses all hold gives the recommendation. */
export interface RecommendationRow<R extends RuleSetId = RuleSetId> {
  readonly when: StatusCondition;
  readonly recommendation: Recommendation<R>;
}

export interface OptionDefinition {
  readonly title: LocalizedText;
  readonly default: string;
  readonly values: Readonly<Record<string, LocalizedText>>;
}

export interface RuleSetDefinition<R extends RuleSetId = RuleSetId> {
  readonly id: R;
  readonly version: string;
  /** First day in force, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day in force (inclusive), or null while in force. */
  readonly validTo: string | null;
  readonly form: FormId;
  readonly title: LocalizedText;
  /** The rule set's options, by name; every name is one of RULE_SET_OPTIONS[id]. */
  readonly options: Readonly<Record<string, OptionDefinition>>;
  readonly criteria: readonly CriterionDefinition[];
  /** Named Kleene combinations of criteria, such as visitation's target group `a and (b or c)`. */
  readonly groups: Readonly<Record<string, KleeneExpression>>;
  /**
   * Either the recommendation for each Kleene conjunction of the required
   * criteria, or a table read top-down whose last row has no conditions.
   */
  readonly recommendations: Readonly<Record<CriterionStatus, Recommendation<R>>> | readonly RecommendationRow<R>[];
  readonly explanations: Readonly<Record<Recommendation<R>, LocalizedText>>;
  readonly warnings: readonly WarningDefinition<R>[];
  readonly rules: readonly RuleDefinition<R>[];
}

/** A definition of any rule set, narrowed by its `id`. */
export type AnyRuleSetDefinition = { [R in RuleSetId]: RuleSetDefinition<R> }[RuleSetId];
