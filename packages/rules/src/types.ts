import type { FormId, HkoAnswers, Locale, LocalizedText, OpsporingAnswers, VisitationAnswers } from '@rummelig/core';

export const RULE_SET_IDS = ['opsporing', 'visitation', 'personlig-assistance', 'hjaelpemidler', 'isbryder', 'fortrinsadgang', 'mentor'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export const CRITERION_STATUSES = ['met', 'not-met', 'unknown'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const CRITERION_ROLES = ['required', 'supporting', 'supplementary'] as const;
export type CriterionRole = (typeof CRITERION_ROLES)[number];

/** The rule sets of the disability compensation schemes: one per scheme, all reading the hko document. */
export const HKO_RULE_SET_IDS = ['personlig-assistance', 'hjaelpemidler', 'isbryder', 'fortrinsadgang', 'mentor'] as const;
export type HkoRuleSetId = (typeof HKO_RULE_SET_IDS)[number];

/** What a scheme's rule set recommends: the citizen is likely eligible, is not, or the municipality must assess more. */
const HKO_OUTCOMES = { recommendations: ['likely-eligible', 'not-eligible', 'needs-assessment'], decisions: [] } as const;

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
  'personlig-assistance': HKO_OUTCOMES,
  hjaelpemidler: HKO_OUTCOMES,
  isbryder: HKO_OUTCOMES,
  fortrinsadgang: HKO_OUTCOMES,
  mentor: HKO_OUTCOMES,
} as const satisfies Record<RuleSetId, { recommendations: readonly [string, ...string[]]; decisions: readonly string[] }>;

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
  'personlig-assistance': {},
  hjaelpemidler: {},
  isbryder: {},
  fortrinsadgang: {},
  mentor: {},
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
  'personlig-assistance': HkoAnswers;
  hjaelpemidler: HkoAnswers;
  isbryder: HkoAnswers;
  fortrinsadgang: HkoAnswers;
  mentor: HkoAnswers;
}

/** How sure the project is of a legal source: several sources incl. the statute or the authority (high), one good source (medium), a single or conflicting one (low). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Where a criterion or figure comes from: the guide's line, or the law's act,
 * instrument (LBK/BEK number and date), paragraph and subsection. `title` and
 * `ref` are always given; the rest where the source is a law.
 */
export interface LegalSource {
  readonly title: string;
  readonly ref: string;
  /** The act's name, e.g. "Lov om kompensation til handicappede i erhverv m.v.". */
  readonly act?: string;
  /** The instrument in force, e.g. "LBK nr. 108 af 3. februar 2020". */
  readonly instrument?: string;
  /** E.g. "§ 4" or "§§ 15 f-15 j". */
  readonly paragraph?: string;
  /** E.g. "stk. 1". */
  readonly subsection?: string;
  readonly url?: string;
  readonly confidence?: Confidence;
  /** What is uncertain about the source, or how it has been read. */
  readonly note?: LocalizedText;
}

/** A number or date that matters for the outcome, with where it comes from (e.g. personlig assistance's maxWeeklyHours). */
export interface FigureResult {
  readonly id: string;
  readonly title: LocalizedText;
  /** A number, a date `YYYY-MM-DD`, a list of numbers (null where a step is not known), or null when not known. */
  readonly value: FigureValue;
  readonly unit: FigureUnit;
  readonly explanation: LocalizedText;
  readonly source: LegalSource;
  /** The period the value applies to, when it is an effective-dated parameter such as a year's rates. */
  readonly validFrom?: string;
  readonly validTo?: string | null;
}

export type FigureValue = number | string | readonly (number | null)[] | null;

export const FIGURE_UNITS = ['hours-per-week', 'months', 'weeks', 'years', 'percent', 'dkk-per-hour', 'date'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

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

/**
 * What every result has (data contract, section 5), whatever its rule set. `EvaluationResult` adds what a rule set
 * always gives besides, such as personlig assistance's `maxWeeklyHours`.
 */
export interface EvaluationResultBase<R extends RuleSetId = RuleSetId> {
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
  /** The figures that matter for the outcome; only rule sets that define figures (the schemes) give them. */
  readonly figures?: readonly FigureResult[];
  /** Personlig assistance: the most hours a week that can be granted (data contract section 4), null while weeklyHours is not known. */
  readonly maxWeeklyHours?: number | null;
}

/** What a scheme's result always has: its figures, an empty list when none matter. */
export interface SchemeResultParts {
  readonly figures: readonly FigureResult[];
}

/**
 * What each rule set's result always has beyond the base, so that reading it needs no check: the schemes' figures,
 * and personlig assistance's `maxWeeklyHours`, which the contract has every such result report, as a number, or
 * null while `weeklyHours` is not known (a partly filled document is evaluated, not refused).
 */
export interface RuleSetResultParts {
  readonly opsporing: object;
  readonly visitation: object;
  readonly 'personlig-assistance': SchemeResultParts & { readonly maxWeeklyHours: number | null };
  readonly hjaelpemidler: SchemeResultParts;
  readonly isbryder: SchemeResultParts;
  readonly fortrinsadgang: SchemeResultParts;
  readonly mentor: SchemeResultParts;
}

/**
 * The result of a rule set (data contract, section 5). Plain data that survives JSON.stringify. For one rule set,
 * such as `EvaluationResult<'personlig-assistance'>`, it types what that rule set always gives; for several, what
 * every one of them gives.
 */
export type EvaluationResult<R extends RuleSetId = RuleSetId> = EvaluationResultBase<R> & RuleSetResultParts[R];

// Each may be given as undefined, as absent: a caller can pass `{ asOf: request.asOf }` as it stands.
export interface EvaluateOptions<R extends RuleSetId = RuleSetId> {
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  readonly asOf?: string | undefined;
  /** Language of the `message` of validation issues; both languages are always in `messages`. */
  readonly locale?: Locale | undefined;
  /** The rule set's own options, e.g. `{ impactDimension: 'future' }` for visitation. */
  readonly options?: RuleSetOptions<R> | undefined;
}

// ---- Rule-set definitions: the shape of the JSON files in rule-sets/ ----

/** A JSON value as it may appear on the right-hand side of a condition. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A condition's value read from another fact, as json-rules-engine allows: `{ "fact": "parameters", "path": "$.minEducationMonths" }`. */
export interface FactReference {
  readonly fact: string;
  readonly path?: string;
}

export interface FactCondition {
  /** A top-level property of the answer document, or one of the rule set's own facts (options, parameters, figures, assessment). */
  readonly fact: string;
  /** `$.a.b`, `$[*].x` or `$.a[*].x`; see path-resolver.ts. */
  readonly path?: string;
  readonly operator: string;
  readonly value: JsonValue | FactReference;
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
  | { readonly type: 'decision'; readonly params: { readonly decision: Decision<R> } }
  /** Reports a figure whose `reported` is `when-a-rule-fires`, e.g. the aid-intensity cap for a private employer. */
  | { readonly type: 'figure'; readonly params: { readonly figure: string } };

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
  readonly explanations: CriterionExplanations;
  /** Explanations that replace `explanations` when an option has a given value: option → value → status → text. */
  readonly explanationsByOption: Readonly<Record<string, Readonly<Record<string, CriterionExplanations>>>>;
  /**
   * Texts that replace the others while an answer is not given, by its dotted path: for a criterion that the rules
   * decide with a default in place of the answer, such as isbryder's start on the evaluation date, so that the
   * result says what it assumed.
   */
  readonly explanationsWithoutAnswer?: Readonly<Record<string, CriterionExplanations>>;
}

/**
 * A criterion's text per status. Without `not-met`, no answer can fail the criterion, only leave it open: visitation's
 * `a` needs a primary impairment, and the form has no answer that says there is none.
 */
export interface CriterionExplanations {
  readonly met: LocalizedText;
  readonly 'not-met'?: LocalizedText;
  readonly unknown: LocalizedText;
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
  /**
   * The result's explanation when this row decides, in place of the recommendation's: one recommendation can stand
   * for situations the citizen must be told apart, such as visitation's undetermined in and outside the target group.
   */
  readonly explanation?: LocalizedText;
}

export interface OptionDefinition {
  readonly title: LocalizedText;
  readonly default: string;
  readonly values: Readonly<Record<string, LocalizedText>>;
}

/** One period of an effective-dated parameter: the value in force from `validFrom` to `validTo` (inclusive). */
export interface ParameterPeriod {
  readonly validFrom: string;
  readonly validTo: string | null;
  /** null when the value for the period is not known; a list may have null for the steps not known. */
  readonly value: number | readonly (number | null)[] | null;
  readonly source: LegalSource;
  /** What the value is (e.g. "2019-niveau") or why it is not known. */
  readonly note?: LocalizedText;
}

/** A number the rules or results use, such as 20 hours a week or the isbryder rates, with a value per period. */
export interface ParameterDefinition {
  readonly title: LocalizedText;
  readonly unit: FigureUnit;
  /** Oldest first, without gaps or overlaps. */
  readonly periods: readonly ParameterPeriod[];
}

/**
 * How a figure is worked out; each is a small function in figures/. Figures
 * are computed before the rules run and are the `figures` fact they read.
 */
export const FIGURE_CALCULATIONS = ['parameter', 'pro-rata-weekly-hours', 'weekly-hours-cap', 'years-after-date', 'date-or-as-of'] as const;
export type FigureCalculation = (typeof FIGURE_CALCULATIONS)[number];

export interface FigureDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly unit: FigureUnit;
  readonly calculation: FigureCalculation;
  /** The parameters the calculation reads, by the role they play in it (e.g. `{ "hours": "paHoursPerWeek" }`). */
  readonly parameters: Readonly<Record<string, string>>;
  /** The answers the calculation reads, by role, as dotted paths (e.g. `{ "weeklyHours": "weeklyHours" }`). */
  readonly answers: Readonly<Record<string, string>>;
  /** `always`, `when-a-rule-fires` (a `figure` event), or `never` (a figure only the rules read). */
  readonly reported: 'always' | 'when-a-rule-fires' | 'never';
  /** Also give the value at this key of the result, as the contract asks for `maxWeeklyHours`. */
  readonly resultKey?: 'maxWeeklyHours';
  readonly explanations: { readonly known: LocalizedText; readonly unknown: LocalizedText };
  readonly source: LegalSource;
}

export interface RuleSetDefinition<R extends RuleSetId = RuleSetId> {
  readonly id: R;
  readonly version: string;
  /** What changed in this version against the one before, in plain words. */
  readonly changes?: LocalizedText;
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
  /** Effective-dated numbers, by id; the rules read the values in force on the evaluation date as the `parameters` fact. */
  readonly parameters: Readonly<Record<string, ParameterDefinition>>;
  readonly figures: readonly FigureDefinition[];
}

/** A definition of any rule set, narrowed by its `id`. */
export type AnyRuleSetDefinition = { [R in RuleSetId]: RuleSetDefinition<R> }[RuleSetId];
