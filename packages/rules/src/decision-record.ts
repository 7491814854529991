import { RummeligError } from '@rummelig/core';
import packageJson from '../package.json';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { evaluateDocumentSync } from './evaluate.js';
import { assertResultOfAnswers, decidedOutcome } from './result-of-answers.js';
import { getRuleSet } from './rule-set-registry.js';
import type {
  CriterionRole,
  CriterionStatus,
  Decision,
  EvaluateOptions,
  EvaluationResult,
  FigureValue,
  LegalSource,
  Recommendation,
  RuleSetDocuments,
  RuleSetId,
} from './types.js';

/** One criterion as it was decided: what an audit or a complaint needs, without the texts. */
export interface RecordedCriterion {
  readonly id: string;
  readonly role: CriterionRole;
  readonly status: CriterionStatus;
  readonly source: LegalSource;
}

/**
 * What was decided, on which rules and on which answers, frozen: of the
 * answers it holds their hash and the reason given for the decision, which
 * may itself speak of health (docs/data-protection.md). `replay` shows
 * whether the same answers still give it. `DecisionRecord<'visitation'>` is
 * a record of that rule set, with its recommendations and decisions; a
 * record of any rule set, such as one read back from storage, is
 * `DecisionRecord`. Nothing in a stored record is trusted: `replay` checks
 * every field against the rules again.
 */
export interface DecisionRecord<R extends RuleSetId = RuleSetId> {
  readonly recordVersion: 1;
  /** The version of @rummelig/rules that made the record. */
  readonly sdkVersion: string;
  readonly ruleSet: R;
  readonly ruleSetVersion: string;
  /** SHA-256 of the rule set's definition as canonical JSON: any change to a rule, text or source changes it. */
  readonly ruleSetHash: string;
  readonly asOf: string;
  /** The rule set's options the evaluation used, e.g. visitation's impactDimension. */
  readonly options: Readonly<Record<string, string>>;
  /** SHA-256 of the answer document as canonical JSON. */
  readonly inputHash: string;
  readonly recommendation: Recommendation<R>;
  readonly criteria: readonly RecordedCriterion[];
  readonly missing: readonly string[];
  readonly warnings: readonly string[];
  /** The caseworker's or job broker's decision, and the reason they gave, if any. */
  readonly decision: Decision<R> | null;
  /** The schemes' figures as they were, by id (e.g. maxWeeklyHours, the isbryder rates); absent for the screening. */
  readonly figures?: Readonly<Record<string, FigureValue>>;
  readonly reason: string | null;
  /** When the record was made, as an ISO 8601 timestamp. */
  readonly recordedAt: string;
}

export interface RecordOptions<R extends RuleSetId> {
  /** The options the result was evaluated with; each one left out is the rule set's default. */
  readonly options?: EvaluateOptions<R>['options'];
  /** The moment to record; now when absent. */
  readonly recordedAt?: Date;
}

/**
 * Makes the decision record of an evaluated document. Throws RummeligError
 * when the result is not this document's: another form, or an outcome the
 * rules do not give for these answers on that date.
 */
export async function createDecisionRecord<R extends RuleSetId>(
  answers: RuleSetDocuments[R],
  result: EvaluationResult<R>,
  { options, recordedAt = new Date() }: RecordOptions<R> = {},
): Promise<DecisionRecord<R>> {
  if (!(recordedAt instanceof Date) || Number.isNaN(recordedAt.getTime())) {
    throw new RummeligError('invalid-option', 'recordedAt must be a Date that is a moment in time.', { recordedAt: String(recordedAt) });
  }
  const definition = getRuleSet(result.ruleSet, result.asOf);
  const recomputed = evaluateDocumentSync<RuleSetId>(result.ruleSet, answers, { asOf: result.asOf, ...(options ? { options } : {}) } as EvaluateOptions<RuleSetId>);
  assertResultOfAnswers(recomputed, result, 'no decision can be recorded for them');
  const reason = (answers as { decision?: { reason?: unknown } }).decision?.reason;
  const record: DecisionRecord<R> = {
    recordVersion: 1,
    sdkVersion: packageJson.version,
    ruleSet: result.ruleSet,
    ruleSetVersion: result.ruleSetVersion,
    ruleSetHash: await sha256Hex(canonicalJson(definition)),
    asOf: result.asOf,
    options: { ...optionsInEffect(definition.options, options) },
    inputHash: await sha256Hex(canonicalJson(answers)),
    ...decidedOutcome(result),
    reason: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
    recordedAt: recordedAt.toISOString(),
  };
  return deepFreeze(record);
}

/** What a replay found: `confirmed` when the same answers on the same rules give the recorded outcome. */
export interface ReplayOutcome {
  readonly confirmed: boolean;
  /** Each way the replay differs from the record, as a field name and the recorded and replayed values. */
  readonly differences: readonly { readonly field: string; readonly recorded: unknown; readonly replayed: unknown }[];
}

/**
 * Re-evaluates the answers with the record's rule set, date and options and
 * compares: the answers' hash, the rule set's hash (a rule set changed since
 * gives a difference even when the outcome is the same) and every part of
 * the outcome.
 */
export async function replay(record: DecisionRecord, answers: unknown): Promise<ReplayOutcome> {
  const differences: { field: string; recorded: unknown; replayed: unknown }[] = [];
  const compare = (field: string, recorded: unknown, replayed: unknown) => {
    if (canonicalJson(recorded) !== canonicalJson(replayed)) differences.push({ field, recorded, replayed });
  };
  // A record of another version of the format may mean other things by the same fields: never confirmed as this one.
  compare('recordVersion', record.recordVersion, 1);
  compare('inputHash', record.inputHash, await sha256Hex(canonicalJson(answers)));
  const definition = getRuleSet(record.ruleSet, record.asOf);
  compare('ruleSetVersion', record.ruleSetVersion, definition.version);
  compare('ruleSetHash', record.ruleSetHash, await sha256Hex(canonicalJson(definition)));
  // The record holds the options as plain strings; the evaluation checks them against the rule set again.
  const evaluation = evaluateDocumentSync<RuleSetId>(record.ruleSet, answers, { asOf: record.asOf, options: record.options } as EvaluateOptions<RuleSetId>);
  if (!evaluation.ok) {
    differences.push({ field: 'answers', recorded: 'valid', replayed: evaluation.issues.map((issue) => (issue.path === '' ? issue.code : `${issue.code} ${issue.path}`)) });
  } else {
    const replayed = decidedOutcome(evaluation.result);
    for (const field of Object.keys(replayed) as (keyof typeof replayed)[]) compare(field, record[field], replayed[field]);
  }
  return { confirmed: differences.length === 0, differences };
}


function optionsInEffect(defined: Readonly<Record<string, { readonly default: string }>>, given: unknown): Record<string, string> {
  const chosen = (given ?? {}) as Readonly<Record<string, string | undefined>>;
  return Object.fromEntries(Object.entries(defined).map(([name, option]) => [name, chosen[name] ?? option.default]));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
