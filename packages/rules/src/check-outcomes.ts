import type { LocalizedText } from '@rummelig/core';
import { isRecord, list, localized, oneOf, record, text, unknownKeys, type Problems } from './data-checks.js';
import {
  CRITERION_STATUSES,
  RULE_SET_OPTIONS,
  type CriterionStatus,
  type Decision,
  type KleeneExpression,
  type OptionDefinition,
  type Recommendation,
  type RecommendationRow,
  type RuleSetId,
  type StatusCondition,
  type WarningDefinition,
} from './types.js';

/**
 * Checkers for the parts of a rule set that turn criterion statuses into a
 * recommendation and warnings, and for its options. Like data-checks.ts they
 * record problems and return placeholders.
 */

export function checkOptions(id: RuleSetId, value: unknown, problems: Problems): Readonly<Record<string, OptionDefinition>> {
  const allowed: Readonly<Record<string, readonly string[]>> = RULE_SET_OPTIONS[id];
  const raw = record(value ?? {}, 'options', problems);
  unknownKeys(raw, Object.keys(allowed), 'options', problems);
  const options: Record<string, OptionDefinition> = {};
  for (const [name, values] of Object.entries(allowed)) {
    const where = `options.${name}`;
    const option = record(raw[name], where, problems);
    unknownKeys(option, ['title', 'default', 'values'], where, problems);
    const described = record(option['values'], `${where}.values`, problems);
    unknownKeys(described, values, `${where}.values`, problems);
    const texts: Record<string, LocalizedText> = {};
    for (const allowedValue of values) texts[allowedValue] = localized(described[allowedValue], `${where}.values.${allowedValue}`, problems);
    const fallback = option['default'];
    if (typeof fallback !== 'string' || !values.includes(fallback)) problems.push(`${where}.default: expected one of ${values.join(', ')}`);
    options[name] = { title: localized(option['title'], `${where}.title`, problems), default: String(fallback), values: texts };
  }
  return options;
}

export function checkGroups(value: unknown, criteria: readonly string[], problems: Problems): Readonly<Record<string, KleeneExpression>> {
  const raw = record(value ?? {}, 'groups', problems);
  const groups: Record<string, KleeneExpression> = {};
  for (const [name, expression] of Object.entries(raw)) {
    if (criteria.includes(name)) problems.push(`groups.${name}: a group must not share its name with a criterion`);
    groups[name] = checkExpression(expression, `groups.${name}`, criteria, problems);
  }
  return groups;
}

function checkExpression(value: unknown, where: string, criteria: readonly string[], problems: Problems): KleeneExpression {
  if (typeof value === 'string') {
    if (!criteria.includes(value)) problems.push(`${where}: "${value}" is not a criterion`);
    return value;
  }
  const raw = record(value, where, problems);
  const key = 'all' in raw ? 'all' : 'any';
  unknownKeys(raw, [key], where, problems);
  const parts = list(raw[key], `${where}.${key}`, problems).map((item, index) => checkExpression(item, `${where}.${key}[${index}]`, criteria, problems));
  return key === 'all' ? { all: parts } : { any: parts };
}

/** The recommendations: a status → recommendation record, or a table whose last row has no conditions. */
export function checkRecommendations<R extends RuleSetId>(
  value: unknown,
  allowed: readonly [Recommendation<R>, ...Recommendation<R>[]],
  statusIds: readonly string[],
  problems: Problems,
): Readonly<Record<CriterionStatus, Recommendation<R>>> | readonly RecommendationRow<R>[] {
  if (!Array.isArray(value)) {
    const raw = record(value, 'recommendations', problems);
    unknownKeys(raw, CRITERION_STATUSES, 'recommendations', problems);
    return {
      met: oneOf(raw['met'], allowed, 'recommendations.met', problems),
      'not-met': oneOf(raw['not-met'], allowed, 'recommendations.not-met', problems),
      unknown: oneOf(raw['unknown'], allowed, 'recommendations.unknown', problems),
    };
  }
  const rows = value.map((item: unknown, index): RecommendationRow<R> => {
    const where = `recommendations[${index}]`;
    const row = record(item, where, problems);
    unknownKeys(row, ['when', 'recommendation', 'explanation'], where, problems);
    return {
      when: checkStatusCondition(row['when'], `${where}.when`, statusIds, problems),
      recommendation: oneOf(row['recommendation'], allowed, `${where}.recommendation`, problems),
      ...(row['explanation'] === undefined ? {} : { explanation: localized(row['explanation'], `${where}.explanation`, problems) }),
    };
  });
  const last = rows.at(-1);
  if (last === undefined || Object.keys(last.when).length > 0) problems.push('recommendations: the last row must have no conditions ("when": {})');
  return rows;
}

function checkStatusCondition(value: unknown, where: string, ids: readonly string[], problems: Problems): StatusCondition {
  const condition: Record<string, CriterionStatus> = {};
  for (const [id, status] of Object.entries(record(value, where, problems))) {
    if (!ids.includes(id)) problems.push(`${where}.${id}: not a criterion or group`);
    condition[id] = oneOf(status, CRITERION_STATUSES, `${where}.${id}`, problems);
  }
  return condition;
}

/** A warning is raised either by a decision against the required criteria, or by a rule's `warning` event. */
export function checkWarning<R extends RuleSetId>(
  value: unknown,
  where: string,
  decisions: readonly Decision<R>[],
  criteria: readonly string[],
  problems: Problems,
): WarningDefinition<R> {
  const raw = record(value, where, problems);
  const code = text(raw['code'], `${where}.code`, problems);
  const message = localized(raw['message'], `${where}.message`, problems);
  if (isRecord(raw) && 'decision' in raw) {
    unknownKeys(raw, ['code', 'decision', 'requiredCriteria', 'message'], where, problems);
    const [first, ...rest] = decisions;
    if (first === undefined) problems.push(`${where}.decision: the rule set reports no decisions`);
    return {
      code,
      decision: first === undefined ? (String(raw['decision']) as Decision<R>) : oneOf(raw['decision'], [first, ...rest], `${where}.decision`, problems),
      requiredCriteria: oneOf(raw['requiredCriteria'], ['not-met', 'unknown'], `${where}.requiredCriteria`, problems),
      message,
    };
  }
  unknownKeys(raw, ['code', 'criteria', 'message'], where, problems);
  const concerned = list(raw['criteria'] ?? [], `${where}.criteria`, problems).map((item, index) => {
    if (typeof item === 'string' && criteria.includes(item)) return item;
    problems.push(`${where}.criteria[${index}]: expected a criterion id`);
    return '';
  });
  return { code, criteria: concerned, message };
}
