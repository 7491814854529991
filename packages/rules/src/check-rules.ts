import { DATE_OPERATORS, isAllowedOperator, NUMBER_OPERATORS } from './operators.js';
import { isSupportedPath } from './path-resolver.js';
import { isOneOf, isJsonValue, isRecord, list, oneOf, record, text, optionalText, unknownKeys, type Problems } from './data-checks.js';
import { isIsoDate } from '@rummelig/core';
import type {
  Decision,
  FactCondition,
  FactReference,
  Recommendation,
  RuleCondition,
  RuleDefinition,
  RuleEvent,
  RuleSetId,
  TopLevelRuleCondition,
} from './types.js';

/** The fact that holds the caller's options, e.g. `{ "impactDimension": "future" }`. */
export const OPTIONS_FACT = 'options';

/**
 * The fact that holds the assessment made from the answers: `criteria` and
 * `groups` (id → status), `recommendation` and `decision`. Rules that read it
 * run after the others, so they can only add `missing` and `warning` entries.
 */
export const ASSESSMENT_FACT = 'assessment';

/** The fact that holds the rule set's parameters in force on the evaluation date, by id. */
export const PARAMETERS_FACT = 'parameters';

/** The fact that holds the rule set's figures computed from the answers and parameters, by id; an unknown figure is absent. */
export const FIGURES_FACT = 'figures';

/** What a rule may refer to: the document's top-level properties and the rule set's own ids. */
export interface RuleVocabulary<R extends RuleSetId> {
  readonly facts: readonly string[];
  /** Codes of the warnings that rules raise. */
  readonly warnings: readonly string[];
  readonly criteria: readonly [string, ...string[]];
  readonly recommendations: readonly [Recommendation<R>, ...Recommendation<R>[]];
  readonly decisions: readonly Decision<R>[];
  /** Ids of the figures that a `figure` event may report. */
  readonly figures: readonly string[];
}

/** Dotted answer paths for `missing`; one `[*]` stands for "each item" and must be followed by a property. */
const MISSING_PATH = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(\[\*\](\.[A-Za-z_]\w*)+)?$/;

const EVENT_TYPES = ['criterion', 'override', 'missing', 'decision', 'warning', 'figure'] as const;

/** What a rule that reads the assessment may still do: the assessment is already made. */
const LATE_EVENT_TYPES: readonly string[] = ['missing', 'warning', 'figure'];

export function checkRule<R extends RuleSetId>(
  value: unknown,
  where: string,
  vocabulary: RuleVocabulary<R>,
  problems: Problems,
): RuleDefinition<R> {
  const raw = record(value, where, problems);
  unknownKeys(raw, ['name', 'description', 'conditions', 'event'], where, problems);
  const name = text(raw['name'], `${where}.name`, problems);
  const description = optionalText(raw['description'], `${where}.description`, problems);
  const conditions = checkTopLevelCondition(raw['conditions'], `${where}.conditions`, vocabulary.facts, problems);
  const event = checkEvent(raw['event'], `${where}.event`, vocabulary, problems);
  if (readsAssessment(conditions) && !LATE_EVENT_TYPES.includes(event.type)) {
    problems.push(`${where}.event.type: a rule that reads "${ASSESSMENT_FACT}" may only report missing answers, warnings or figures`);
  }
  return description === undefined ? { name, conditions, event } : { name, description, conditions, event };
}

function checkTopLevelCondition(value: unknown, where: string, facts: readonly string[], problems: Problems): TopLevelRuleCondition {
  const condition = checkCondition(value, where, facts, problems);
  if ('fact' in condition) {
    problems.push(`${where}: the top level must be "all", "any" or "not"`);
    return { all: [condition] };
  }
  return condition;
}

function checkCondition(value: unknown, where: string, facts: readonly string[], problems: Problems): RuleCondition {
  const raw = record(value, where, problems);
  const nested = (key: 'all' | 'any'): RuleCondition[] =>
    list(raw[key], `${where}.${key}`, problems).map((item, index) => checkCondition(item, `${where}.${key}[${index}]`, facts, problems));
  if ('all' in raw) {
    unknownKeys(raw, ['all'], where, problems);
    return { all: nested('all') };
  }
  if ('any' in raw) {
    unknownKeys(raw, ['any'], where, problems);
    return { any: nested('any') };
  }
  if ('not' in raw) {
    unknownKeys(raw, ['not'], where, problems);
    return { not: checkCondition(raw['not'], `${where}.not`, facts, problems) };
  }
  return checkFactCondition(raw, where, facts, problems);
}

function checkFactCondition(
  raw: Readonly<Record<string, unknown>>,
  where: string,
  facts: readonly string[],
  problems: Problems,
): FactCondition {
  unknownKeys(raw, ['fact', 'path', 'operator', 'value'], where, problems);
  const fact = text(raw['fact'], `${where}.fact`, problems);
  if (fact !== '' && !facts.includes(fact)) problems.push(`${where}.fact: "${fact}" is not a property of the answer document`);
  const operator = text(raw['operator'], `${where}.operator`, problems);
  if (operator !== '' && !isAllowedOperator(operator)) problems.push(`${where}.operator: "${operator}" is not an allowed operator`);
  const base = operator.split(':').at(-1) ?? '';
  const value = checkValue(raw['value'], base, operator, `${where}.value`, facts, problems);
  const path = raw['path'];
  if (path === undefined) return { fact, operator, value };
  if (typeof path !== 'string' || !isSupportedPath(path)) {
    problems.push(`${where}.path: use "$" followed by ".name" and "[*]" only`);
    return { fact, operator, value };
  }
  return { fact, path, operator, value };
}

/** A condition's value: JSON, or a reference to another fact (json-rules-engine reads any object with `fact` so). */
function checkValue(
  value: unknown,
  base: string,
  operator: string,
  where: string,
  facts: readonly string[],
  problems: Problems,
): FactCondition['value'] {
  if (isRecord(value) && Object.hasOwn(value, 'fact')) {
    unknownKeys(value, ['fact', 'path'], where, problems);
    const fact = text(value['fact'], `${where}.fact`, problems);
    if (fact !== '' && !facts.includes(fact)) problems.push(`${where}.fact: "${fact}" is not a property of the answer document or a fact of the rule set`);
    if (!NUMBER_OPERATORS.includes(base) && !DATE_OPERATORS.includes(base)) problems.push(`${where}: only a comparison of numbers or dates may read its value from a fact`);
    const path = value['path'];
    if (path === undefined) return { fact };
    if (typeof path !== 'string' || !isSupportedPath(path)) {
      problems.push(`${where}.path: use "$" followed by ".name" and "[*]" only`);
      return { fact };
    }
    return { fact, path };
  }
  if (!isJsonValue(value)) {
    problems.push(`${where}: expected a JSON value`);
    return null;
  }
  if ((base === 'present' || base === 'absent') && value !== true) problems.push(`${where}: "${operator}" takes the value true`);
  if (base === 'fewerPresentThan' && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
    problems.push(`${where}: "${operator}" takes a whole number from 1`);
  }
  if (NUMBER_OPERATORS.includes(base) && typeof value !== 'number') problems.push(`${where}: "${operator}" takes a number or a fact`);
  if (DATE_OPERATORS.includes(base) && !isIsoDate(value)) problems.push(`${where}: "${operator}" takes a date YYYY-MM-DD or a fact`);
  return value;
}

function checkEvent<R extends RuleSetId>(value: unknown, where: string, vocabulary: RuleVocabulary<R>, problems: Problems): RuleEvent<R> {
  const raw = record(value, where, problems);
  unknownKeys(raw, ['type', 'params'], where, problems);
  const type = oneOf(raw['type'], [...EVENT_TYPES], `${where}.type`, problems);
  const params = record(raw['params'], `${where}.params`, problems);
  const at = `${where}.params`;
  switch (type) {
    case 'criterion':
      unknownKeys(params, ['criterion', 'status'], at, problems);
      return {
        type,
        params: {
          criterion: oneOf(params['criterion'], vocabulary.criteria, `${at}.criterion`, problems),
          status: oneOf(params['status'], ['met', 'not-met'], `${at}.status`, problems),
        },
      };
    case 'override':
      unknownKeys(params, ['recommendation'], at, problems);
      return { type, params: { recommendation: oneOf(params['recommendation'], vocabulary.recommendations, `${at}.recommendation`, problems) } };
    case 'decision': {
      unknownKeys(params, ['decision'], at, problems);
      const [first, ...rest] = vocabulary.decisions;
      if (first === undefined) {
        problems.push(`${at}.decision: the rule set reports no decisions`);
        return { type, params: { decision: params['decision'] as Decision<R> } };
      }
      return { type, params: { decision: oneOf(params['decision'], [first, ...rest], `${at}.decision`, problems) } };
    }
    case 'figure': {
      unknownKeys(params, ['figure'], at, problems);
      const figure = params['figure'];
      if (!isOneOf(figure, vocabulary.figures)) problems.push(`${at}.figure: "${String(figure)}" is not a figure the rule set reports when a rule fires`);
      return { type, params: { figure: String(figure) } };
    }
    case 'missing':
      return { type, params: checkMissingParams(params, at, problems) };
    case 'warning': {
      unknownKeys(params, ['code'], at, problems);
      const code = text(params['code'], `${at}.code`, problems);
      if (code !== '' && !vocabulary.warnings.includes(code)) problems.push(`${at}.code: "${code}" is not a warning of the rule set`);
      return { type, params: { code } };
    }
  }
}

/** True for a condition value that names another fact. */
export function isFactReference(value: FactCondition['value']): value is FactReference {
  return isRecord(value) && Object.hasOwn(value, 'fact');
}

/** True when a condition reads the assessment fact anywhere. */
export function readsAssessment(condition: RuleCondition): boolean {
  if ('fact' in condition) return condition.fact === ASSESSMENT_FACT || (isFactReference(condition.value) && condition.value.fact === ASSESSMENT_FACT);
  if ('all' in condition) return condition.all.some(readsAssessment);
  if ('any' in condition) return condition.any.some(readsAssessment);
  return readsAssessment(condition.not);
}

function checkMissingParams(
  params: Readonly<Record<string, unknown>>,
  where: string,
  problems: Problems,
): Extract<RuleEvent, { type: 'missing' }>['params'] {
  unknownKeys(params, ['path', 'where'], where, problems);
  const path = text(params['path'], `${where}.path`, problems);
  if (path !== '' && !MISSING_PATH.test(path)) problems.push(`${where}.path: expected a dotted path with at most one [*]`);
  if (params['where'] === undefined) return { path };
  if (!path.includes('[*]')) problems.push(`${where}.where: only a path with [*] can select items`);
  const selector: Record<string, string | number | boolean> = {};
  for (const [key, item] of Object.entries(record(params['where'], `${where}.where`, problems))) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') selector[key] = item;
    else problems.push(`${where}.where.${key}: expected a text, number or boolean`);
  }
  return { path, where: selector };
}
