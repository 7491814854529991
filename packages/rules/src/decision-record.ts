import { isIsoDate, RummeligError } from '@rummelig/core';
import packageJson from '../package.json';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { evaluateDocumentSync } from './evaluate.js';
import { assertResultOfAnswers, decidedOutcome } from './result-of-answers.js';
import { isRecord } from './data-checks.js';
import { getRuleSet, isRuleSetId } from './rule-set-registry.js';
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
 * every field against the rules and the answers again, and `recordHash`
 * against the record's other fields.
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
  /**
   * SHA-256 of every other field of the record as canonical JSON. It shows a record changed by hand or in storage
   * where the rules cannot (its date, when it was made); it is no signature: whoever changes a field can hash again.
   */
  readonly recordHash: string;
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
  const unsealed: Omit<DecisionRecord<R>, 'recordHash'> = {
    recordVersion: 1,
    sdkVersion: packageJson.version,
    ruleSet: result.ruleSet,
    ruleSetVersion: result.ruleSetVersion,
    ruleSetHash: await sha256Hex(canonicalJson(definition)),
    asOf: result.asOf,
    options: { ...optionsInEffect(definition.options, options) },
    inputHash: await sha256Hex(canonicalJson(answers)),
    ...decidedOutcome(result),
    reason: reasonOf(answers),
    recordedAt: recordedAt.toISOString(),
  };
  return deepFreeze({ ...unsealed, recordHash: await sha256Hex(canonicalJson(unsealed)) });
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
 * gives a difference even when the outcome is the same), the options as the
 * rule set has them, the reason the answers give, every part of the outcome
 * and the record's own hash. Throws RummeligError `invalid-document` when
 * `record` is not a decision record at all: that is a mistake in the call,
 * not a record that differs.
 */
export async function replay(record: DecisionRecord, answers: unknown): Promise<ReplayOutcome> {
  // The type promises nothing about what storage gives back: a stored record is checked as any value would be.
  const stored: unknown = record;
  if (!isRecord(stored)) throw new RummeligError('invalid-document', 'A decision record must be an object.', { record: typeOf(stored) });
  // A record of another version of the format may mean other things by the same fields: never confirmed as this one.
  const version = stored['recordVersion'];
  if (typeof version === 'number' && version !== 1) return { confirmed: false, differences: [{ field: 'recordVersion', recorded: version, replayed: 1 }] };
  assertRecordShape(stored);
  const differences: { field: string; recorded: unknown; replayed: unknown }[] = [];
  const compare = (field: string, recorded: unknown, replayed: unknown) => {
    if (canonicalJson(recorded) !== canonicalJson(replayed)) differences.push({ field, recorded, replayed });
  };
  compare('inputHash', record.inputHash, await sha256Hex(canonicalJson(answers)));
  let definition: ReturnType<typeof getRuleSet>;
  try {
    definition = getRuleSet(record.ruleSet, record.asOf);
  } catch (error) {
    if (!(error instanceof RummeligError && error.code === 'as-of-outside-rule-set')) throw error;
    // The rules of that date are not encoded: nothing can be confirmed, and that is a finding, not a failure.
    differences.push({ field: 'asOf', recorded: record.asOf, replayed: null });
    return { confirmed: false, differences };
  }
  compare('ruleSetVersion', record.ruleSetVersion, definition.version);
  compare('ruleSetHash', record.ruleSetHash, await sha256Hex(canonicalJson(definition)));
  // Every option of the rule set, each with a value it allows: {} or an unknown value is a record no evaluation made.
  const options = knownOptions(definition.options, record.options);
  compare('options', record.options, options);
  const evaluation = evaluateDocumentSync<RuleSetId>(record.ruleSet, answers, { asOf: record.asOf, options } as EvaluateOptions<RuleSetId>);
  if (!evaluation.ok) {
    differences.push({ field: 'answers', recorded: 'valid', replayed: evaluation.issues.map((issue) => (issue.path === '' ? issue.code : `${issue.code} ${issue.path}`)) });
  } else {
    const replayed = decidedOutcome(evaluation.result);
    for (const field of Object.keys(replayed) as (keyof typeof replayed)[]) compare(field, record[field], replayed[field]);
    compare('asOf', record.asOf, evaluation.result.asOf);
  }
  compare('reason', record.reason, reasonOf(answers));
  const { recordHash, ...unsealed } = record;
  compare('recordHash', recordHash, await sha256Hex(canonicalJson(unsealed)));
  return { confirmed: differences.length === 0, differences };
}

const RECORD_FIELDS: Readonly<Record<string, (value: unknown) => boolean>> = {
  recordVersion: (value) => value === 1,
  sdkVersion: isText,
  ruleSet: isRuleSetId,
  ruleSetVersion: isText,
  ruleSetHash: isText,
  // Required: without it the replay would judge the answers on today's rules, not on those of the decision.
  asOf: isIsoDate,
  options: (value) => isRecord(value) && Object.values(value).every(isText),
  inputHash: isText,
  recommendation: isText,
  criteria: Array.isArray,
  missing: Array.isArray,
  warnings: Array.isArray,
  decision: (value) => value === null || isText(value),
  figures: (value) => value === undefined || isRecord(value),
  reason: (value) => value === null || isText(value),
  recordedAt: isText,
  recordHash: isText,
};

function assertRecordShape(record: Readonly<Record<string, unknown>>): void {
  const wrong = Object.entries(RECORD_FIELDS)
    .filter(([field, check]) => !check(record[field]))
    .map(([field]) => field);
  if (wrong.length > 0) {
    throw new RummeligError('invalid-document', `This is not a decision record: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} missing or of the wrong type.`, {
      fields: wrong,
    });
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The reason the answers give for the decision, as the record keeps it: none when blank. */
function reasonOf(answers: unknown): string | null {
  const decision = isRecord(answers) ? answers['decision'] : undefined;
  const reason = isRecord(decision) ? decision['reason'] : undefined;
  return typeof reason === 'string' && reason.trim() !== '' ? reason : null;
}

/** The rule set's options from those recorded: each value the rule set allows, and the default for the rest. */
function knownOptions(
  defined: Readonly<Record<string, { readonly default: string; readonly values: Readonly<Record<string, unknown>> }>>,
  recorded: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(defined).map(([name, option]) => {
      const value = Object.hasOwn(recorded, name) ? recorded[name] : undefined;
      return [name, value !== undefined && Object.hasOwn(option.values, value) ? value : option.default];
    }),
  );
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
