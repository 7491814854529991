import { isIsoDate } from '@rummelig/core';
import { list, localized, oneOf, record, text, unknownKeys, type Problems } from './data-checks.js';
import { CALCULATIONS } from './figures/calculations.js';
import { nextDay } from './rule-set-versions.js';
import {
  CONFIDENCES,
  FIGURE_CALCULATIONS,
  FIGURE_UNITS,
  type FigureDefinition,
  type LegalSource,
  type ParameterDefinition,
  type ParameterPeriod,
} from './types.js';

/**
 * Checkers for legal sources, effective-dated parameters and figures. Like
 * data-checks.ts they record problems and return placeholders.
 */

const SOURCE_KEYS = ['title', 'ref', 'act', 'instrument', 'paragraph', 'subsection', 'url', 'confidence', 'note'] as const;

export function checkSource(value: unknown, where: string, problems: Problems): LegalSource {
  const raw = record(value, where, problems);
  unknownKeys(raw, SOURCE_KEYS, where, problems);
  const source: Record<string, unknown> = { title: text(raw['title'], `${where}.title`, problems), ref: text(raw['ref'], `${where}.ref`, problems) };
  for (const key of ['act', 'instrument', 'paragraph', 'subsection', 'url'] as const) {
    if (raw[key] !== undefined) source[key] = text(raw[key], `${where}.${key}`, problems);
  }
  if (typeof source['url'] === 'string' && !/^https:\/\//.test(source['url'])) problems.push(`${where}.url: expected an https address`);
  if (raw['confidence'] !== undefined) source['confidence'] = oneOf(raw['confidence'], CONFIDENCES, `${where}.confidence`, problems);
  if (raw['note'] !== undefined) source['note'] = localized(raw['note'], `${where}.note`, problems);
  return source as unknown as LegalSource;
}

const isParameterValue = (value: unknown): value is ParameterPeriod['value'] =>
  value === null ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => item === null || (typeof item === 'number' && Number.isFinite(item))));

/** Each parameter's periods, oldest first, following on each other without a gap. */
export function checkParameters(value: unknown, problems: Problems): Readonly<Record<string, ParameterDefinition>> {
  const parameters: Record<string, ParameterDefinition> = {};
  for (const [id, entry] of Object.entries(record(value ?? {}, 'parameters', problems))) {
    const where = `parameters.${id}`;
    const raw = record(entry, where, problems);
    unknownKeys(raw, ['title', 'unit', 'periods'], where, problems);
    const periods = list(raw['periods'], `${where}.periods`, problems).map((item, index) => checkPeriod(item, `${where}.periods[${index}]`, problems));
    if (periods.length === 0) problems.push(`${where}.periods: expected at least one period`);
    periods.forEach((period, index) => {
      const next = periods[index + 1];
      if (next !== undefined && (period.validTo === null || nextDay(period.validTo) !== next.validFrom)) {
        problems.push(`${where}.periods[${index + 1}].validFrom: must be the day after the period before ends`);
      }
    });
    parameters[id] = { title: localized(raw['title'], `${where}.title`, problems), unit: oneOf(raw['unit'], FIGURE_UNITS, `${where}.unit`, problems), periods };
  }
  return parameters;
}

function checkPeriod(value: unknown, where: string, problems: Problems): ParameterPeriod {
  const raw = record(value, where, problems);
  unknownKeys(raw, ['validFrom', 'validTo', 'value', 'source', 'note'], where, problems);
  const validFrom = raw['validFrom'];
  const validTo = raw['validTo'];
  if (!isIsoDate(validFrom)) problems.push(`${where}.validFrom: expected a date YYYY-MM-DD`);
  if (validTo !== null && !isIsoDate(validTo)) problems.push(`${where}.validTo: expected a date YYYY-MM-DD or null`);
  const periodValue = raw['value'];
  if (!isParameterValue(periodValue)) problems.push(`${where}.value: expected a number, a list of numbers and nulls, or null`);
  const period = {
    validFrom: String(validFrom),
    validTo: validTo === null ? null : String(validTo),
    value: isParameterValue(periodValue) ? periodValue : null,
    source: checkSource(raw['source'], `${where}.source`, problems),
  };
  return raw['note'] === undefined ? period : { ...period, note: localized(raw['note'], `${where}.note`, problems) };
}

/** The parameters of a version must cover every day of it, so that no evaluation date falls between periods. */
export function checkParametersCover(
  parameters: Readonly<Record<string, ParameterDefinition>>,
  validFrom: string,
  validTo: string | null,
  problems: Problems,
): void {
  for (const [id, { periods }] of Object.entries(parameters)) {
    const first = periods[0];
    const last = periods.at(-1);
    const coversStart = first !== undefined && first.validFrom <= validFrom;
    const coversEnd = last !== undefined && (last.validTo === null || (validTo !== null && last.validTo >= validTo));
    if (!coversStart || !coversEnd) problems.push(`parameters.${id}: the periods must cover the whole version from ${validFrom} to ${validTo ?? 'open'}`);
  }
}

export function checkFigures(
  value: unknown,
  parameters: Readonly<Record<string, ParameterDefinition>>,
  answers: readonly string[],
  problems: Problems,
): FigureDefinition[] {
  const figures = list(value ?? [], 'figures', problems).map((item, index) => checkFigure(item, `figures[${index}]`, parameters, answers, problems));
  const ids = figures.map((figure) => figure.id);
  if (new Set(ids).size !== ids.length) problems.push('figures: ids must be unique');
  return figures;
}

function checkFigure(
  value: unknown,
  where: string,
  parameters: Readonly<Record<string, ParameterDefinition>>,
  answers: readonly string[],
  problems: Problems,
): FigureDefinition {
  const raw = record(value, where, problems);
  unknownKeys(raw, ['id', 'title', 'unit', 'calculation', 'parameters', 'answers', 'reported', 'resultKey', 'explanations', 'source'], where, problems);
  const calculation = oneOf(raw['calculation'], FIGURE_CALCULATIONS, `${where}.calculation`, problems);
  const roles = CALCULATIONS[calculation];
  const parameterRoles = roleMap(raw['parameters'], `${where}.parameters`, roles.parameters, problems);
  for (const [role, id] of Object.entries(parameterRoles)) {
    if (!Object.hasOwn(parameters, id)) problems.push(`${where}.parameters.${role}: "${id}" is not a parameter of the rule set`);
  }
  const answerRoles = roleMap(raw['answers'], `${where}.answers`, roles.answers, problems);
  for (const [role, path] of Object.entries(answerRoles)) {
    if (!isAnswerPath(path, answers)) problems.push(`${where}.answers.${role}: "${path}" is not a dotted path into the answer document`);
  }
  const explanations = record(raw['explanations'], `${where}.explanations`, problems);
  unknownKeys(explanations, ['known', 'unknown'], `${where}.explanations`, problems);
  const resultKey = raw['resultKey'];
  if (resultKey !== undefined && resultKey !== 'maxWeeklyHours') problems.push(`${where}.resultKey: the result has no key "${String(resultKey)}" for figures`);
  const figure: FigureDefinition = {
    id: text(raw['id'], `${where}.id`, problems),
    title: localized(raw['title'], `${where}.title`, problems),
    unit: oneOf(raw['unit'], FIGURE_UNITS, `${where}.unit`, problems),
    calculation,
    parameters: parameterRoles,
    answers: answerRoles,
    reported: oneOf(raw['reported'], ['always', 'when-a-rule-fires', 'never'], `${where}.reported`, problems),
    explanations: {
      known: localized(explanations['known'], `${where}.explanations.known`, problems),
      unknown: localized(explanations['unknown'], `${where}.explanations.unknown`, problems),
    },
    source: checkSource(raw['source'], `${where}.source`, problems),
  };
  return resultKey === 'maxWeeklyHours' ? { ...figure, resultKey } : figure;
}

export const isAnswerPath = (path: string, answers: readonly string[]): boolean =>
  /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(path) && answers.includes(path.split('.')[0] ?? '');

/** A record that names exactly the roles a calculation reads. */
function roleMap(value: unknown, where: string, roles: readonly string[], problems: Problems): Readonly<Record<string, string>> {
  const raw = record(value ?? {}, where, problems);
  unknownKeys(raw, roles, where, problems);
  const map: Record<string, string> = {};
  for (const role of roles) {
    const entry = raw[role];
    if (typeof entry === 'string' && entry !== '') map[role] = entry;
    else problems.push(`${where}.${role}: the calculation needs it`);
  }
  return map;
}
