import type { LocalizedText } from '@rummelig/core';
import { isRecord } from '../data-checks.js';
import { CRITERION_STATUSES, type CriterionStatus, type RuleSetId } from '../types.js';
import fortrinsadgang from './fortrinsadgang.cases.json';
import hjaelpemidler from './hjaelpemidler.cases.json';
import isbryder from './isbryder.cases.json';
import mentor from './mentor.cases.json';
import opsporing from './opsporing.cases.json';
import personligAssistance from './personlig-assistance.cases.json';
import visitation from './visitation.cases.json';

/** What a case expects of the result. */
export interface ExpectedOutcome {
  readonly recommendation: string;
  /** The status of each criterion, by id. */
  readonly criteria: Readonly<Record<string, CriterionStatus>>;
  /** `missing`, in order. */
  readonly missing: readonly string[];
  /** The codes of `warnings`, in order. */
  readonly warnings: readonly string[];
  readonly decision: string | null;
  /** The value of each figure the result reports, by id (null when not known), and of no other: the schemes only. */
  readonly figureValues?: Readonly<Record<string, unknown>>;
  /** Any other key is compared, deep-equal, with the same-named key of the result (such as `maxWeeklyHours`). */
  readonly [key: string]: unknown;
}

/**
 * Words Rummelig's own result must or must not contain, in both languages: in the message of a warning, by its code,
 * in the explanation of a criterion, or in the result's when neither is named. Not part of the conformance comparison, which leaves the texts to each
 * implementation.
 */
export interface ExpectedText {
  readonly criterion?: string;
  readonly warning?: string;
  readonly includes?: LocalizedText;
  readonly excludes?: LocalizedText;
}

export interface RuleSetCase {
  readonly id: string;
  readonly description: string;
  /** Where the case comes from: the guide's line or the law's paragraph. */
  readonly source: string;
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The version of the rule set in force on that date. */
  readonly ruleSetVersion?: string;
  /** The rule set's options, by their name in the API (`impactDimension`). */
  readonly options?: Readonly<Record<string, string>>;
  /** The answer document. */
  readonly input: unknown;
  readonly expected: ExpectedOutcome;
  readonly texts?: readonly ExpectedText[];
}

/** The contents of a `*.cases.json` file. */
export interface RuleSetCases<R extends RuleSetId = RuleSetId> {
  readonly ruleSet: R;
  /** The version the cases' dates select, where all select one. */
  readonly ruleSetVersion?: string;
  /** The comparison rules, in Danish. */
  readonly format: string;
  readonly cases: readonly RuleSetCase[];
}

/** Every rule set's cases, by rule-set id: the in-repository tests and the vendors' conformance suite read them from here. */
export const RULE_SET_CASES: { readonly [R in RuleSetId]: RuleSetCases<R> } = {
  opsporing: casesOf('opsporing', opsporing),
  visitation: casesOf('visitation', visitation),
  'personlig-assistance': casesOf('personlig-assistance', personligAssistance),
  hjaelpemidler: casesOf('hjaelpemidler', hjaelpemidler),
  isbryder: casesOf('isbryder', isbryder),
  fortrinsadgang: casesOf('fortrinsadgang', fortrinsadgang),
  mentor: casesOf('mentor', mentor),
};

/** Checks a cases file's shape once, so that a malformed file fails loudly where it is registered. */
function casesOf<R extends RuleSetId>(ruleSet: R, file: unknown): RuleSetCases<R> {
  const fault = (where: string): Error => new Error(`The cases of rule set "${ruleSet}" are malformed at ${where}.`);
  if (!isRecord(file) || file['ruleSet'] !== ruleSet) throw fault('ruleSet');
  if (typeof file['format'] !== 'string') throw fault('format');
  if (file['ruleSetVersion'] !== undefined && typeof file['ruleSetVersion'] !== 'string') throw fault('ruleSetVersion');
  const cases = file['cases'];
  if (!Array.isArray(cases) || cases.length === 0) throw fault('cases');
  const ids = new Set<string>();
  cases.forEach((item: unknown, index) => {
    const at = (key: string): string => `cases[${index}].${key}`;
    if (!isRecord(item)) throw fault(`cases[${index}]`);
    for (const key of ['id', 'description', 'source', 'asOf'] as const) if (typeof item[key] !== 'string') throw fault(at(key));
    if (item['ruleSetVersion'] !== undefined && typeof item['ruleSetVersion'] !== 'string') throw fault(at('ruleSetVersion'));
    if (ids.has(String(item['id']))) throw fault(`${at('id')} (the id is used twice)`);
    ids.add(String(item['id']));
    const options = item['options'];
    if (options !== undefined && (!isRecord(options) || Object.values(options).some((value) => typeof value !== 'string'))) throw fault(at('options'));
    const expected = item['expected'];
    if (!isRecord(expected) || typeof expected['recommendation'] !== 'string') throw fault(at('expected.recommendation'));
    const criteria = expected['criteria'];
    if (!isRecord(criteria) || Object.values(criteria).some((status) => !(CRITERION_STATUSES as readonly unknown[]).includes(status))) {
      throw fault(at('expected.criteria'));
    }
    for (const key of ['missing', 'warnings'] as const) {
      const list = expected[key];
      if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) throw fault(at(`expected.${key}`));
    }
    if (expected['decision'] !== null && typeof expected['decision'] !== 'string') throw fault(at('expected.decision'));
    if (expected['figureValues'] !== undefined && !isRecord(expected['figureValues'])) throw fault(at('expected.figureValues'));
    const texts = item['texts'];
    if (texts !== undefined && (!Array.isArray(texts) || !texts.every(isExpectedText))) throw fault(at('texts'));
  });
  return file as unknown as RuleSetCases<R>;
}

function isText(value: unknown): boolean {
  return value === undefined || (isRecord(value) && typeof value['da'] === 'string' && typeof value['en'] === 'string');
}

function isExpectedText(value: unknown): boolean {
  return isRecord(value) && ['criterion', 'warning'].every((key) => value[key] === undefined || typeof value[key] === 'string') && isText(value['includes']) && isText(value['excludes']);
}
