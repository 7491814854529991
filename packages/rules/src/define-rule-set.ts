import { isFormId, isIsoDate, RummeligError, schemaOf, type FormContract, type FormId, type JsonSchema, type LocalizedText } from '@rummelig/core';
import { checkFigures, checkParameters, checkParametersCover, checkSource, isAnswerPath } from './check-figures.js';
import { checkGroups, checkOptions, checkRecommendations, checkWarning } from './check-outcomes.js';
import { ASSESSMENT_FACT, checkRule, FIGURES_FACT, isFactReference, OPTIONS_FACT, PARAMETERS_FACT, type RuleVocabulary } from './check-rules.js';
import { dataOfVersion, versionPeriods } from './rule-set-versions.js';
import { deepFreeze, hasKeys, list, localized, oneOf, record, text, unknownKeys, type Problems } from './data-checks.js';
import {
  CRITERION_ROLES,
  CRITERION_STATUSES,
  RULE_SET_IDS,
  RULE_SET_OUTCOMES,
  type CriterionDefinition,
  type CriterionExplanations,
  type CriterionStatus,
  type Decision,
  type RuleCondition,
  type RuleDefinition,
  type RuleSetDefinition,
  type RuleSetId,
} from './types.js';

const VERSION = /^\d+\.\d+\.\d+$/;

const DEFINITION_KEYS = [
  'id',
  'version',
  'validFrom',
  'validTo',
  'changes',
  'form',
  'title',
  'options',
  'criteria',
  'groups',
  'recommendations',
  'explanations',
  'warnings',
  'rules',
  'parameters',
  'figures',
];

/**
 * Checks rule-set data (a parsed `*.rules.json`) and returns each of its
 * versions as a typed, frozen definition, oldest first (rule-set-versions.ts
 * describes how one file holds several). JSON imports carry only wide types
 * such as `string`, so every literal type of a definition is established here
 * by a check. Throws `invalid-rule-set` listing every problem found.
 */
export function defineRuleSetVersions(json: unknown): readonly RuleSetDefinition[] {
  return defineVersions(json, (form) => schemaOf(form));
}

/** As `defineRuleSetVersions`, for the rule set of one form's contract, so that no other form's schema is loaded. */
export function defineVersionsFor(json: unknown, contract: FormContract): readonly RuleSetDefinition[] {
  return defineVersions(json, (form) => (form === contract.form ? contract.schema : undefined));
}

/** The schema of the answer document a form names, or undefined when the rule set may not read that form. */
type SchemaOfForm = (form: FormId) => JsonSchema | undefined;

function defineVersions(json: unknown, schemaFor: SchemaOfForm): readonly RuleSetDefinition[] {
  const problems: Problems = [];
  const raw = record(json, 'rule set', problems);
  unknownKeys(raw, [...DEFINITION_KEYS, 'versions', 'terms'], 'rule set', problems);
  const id = oneOf(raw['id'], RULE_SET_IDS, 'id', problems);
  const definitions = versionPeriods(raw, problems).map((period) => checkDefinition(id, dataOfVersion(raw, period, problems), schemaFor, problems));
  if (problems.length > 0) {
    // A problem of data that all versions share is found once per version; it is listed once.
    const listed = [...new Set(problems)];
    throw new RummeligError('invalid-rule-set', `Rule set "${String(raw['id'])}" is not valid:\n- ${listed.join('\n- ')}`, { problems: listed });
  }
  return definitions.map(deepFreeze);
}

/** As `defineRuleSetVersions`, for data of one version. Throws `invalid-rule-set` for data with several. */
export function defineRuleSet(json: unknown): RuleSetDefinition {
  const [only, ...more] = defineRuleSetVersions(json);
  if (only === undefined || more.length > 0) {
    throw new RummeligError('invalid-rule-set', `Rule set "${String(only?.id)}" has ${more.length + 1} versions; read it with defineRuleSetVersions.`, {
      problems: ['versions: expected one version'],
    });
  }
  return only;
}

function checkDefinition<R extends RuleSetId>(id: R, raw: Readonly<Record<string, unknown>>, schemaFor: SchemaOfForm, problems: Problems): RuleSetDefinition<R> {
  const outcomes = RULE_SET_OUTCOMES[id];
  unknownKeys(raw, DEFINITION_KEYS, 'rule set', problems);
  const version = text(raw['version'], 'version', problems);
  if (version !== '' && !VERSION.test(version)) problems.push('version: expected MAJOR.MINOR.PATCH');
  const { validFrom, validTo } = checkValidity(raw, problems);
  const form = checkForm(raw['form'], problems);
  const options = checkOptions(id, raw['options'], problems);
  const schema = schemaFor(form);
  if (schema === undefined) problems.push(`form: "${form}" is not the form of this rule set`);
  const answers = Object.keys(schema?.properties ?? {});
  const parameters = checkParameters(raw['parameters'], problems);
  checkParametersCover(parameters, validFrom, validTo, problems);
  const figures = checkFigures(raw['figures'], parameters, answers, problems);
  // EvaluationResult promises it for personlig assistance alone:
  const keyed = figures.filter((figure) => figure.resultKey !== undefined).map((figure) => figure.calculation);
  if (String(keyed) !== (id === 'personlig-assistance' ? 'weekly-hours-cap' : '')) problems.push('figures: personlig-assistance alone gives maxWeeklyHours, from one weekly-hours-cap figure');
  const criteria = list(raw['criteria'], 'criteria', problems).map((item, index) => checkCriterion(item, `criteria[${index}]`, options, answers, problems));
  const criterionIds = criteria.map((criterion) => criterion.id);
  const [firstCriterion, ...otherCriteria] = criterionIds;
  if (firstCriterion === undefined) problems.push('criteria: expected at least one criterion');
  if (new Set(criterionIds).size !== criterionIds.length) problems.push('criteria: ids must be unique');

  const groups = checkGroups(raw['groups'], criterionIds, problems);
  const warnings = list(raw['warnings'], 'warnings', problems).map((item, index) =>
    checkWarning<R>(item, `warnings[${index}]`, outcomes.decisions as readonly Decision<R>[], criterionIds, problems),
  );
  const codes = warnings.map((warning) => warning.code);
  if (new Set(codes).size !== codes.length) problems.push('warnings: codes must be unique');
  for (const reserved of [OPTIONS_FACT, ASSESSMENT_FACT, PARAMETERS_FACT, FIGURES_FACT]) {
    if (answers.includes(reserved)) problems.push(`form: the answer document has a property "${reserved}", which rules use for their own fact`);
  }
  const reportedByRules = figures.filter((figure) => figure.reported === 'when-a-rule-fires').map((figure) => figure.id);
  const vocabulary: RuleVocabulary<R> = {
    facts: [
      ...answers,
      ASSESSMENT_FACT,
      ...(Object.keys(options).length > 0 ? [OPTIONS_FACT] : []),
      ...(Object.keys(parameters).length > 0 ? [PARAMETERS_FACT] : []),
      ...(figures.length > 0 ? [FIGURES_FACT] : []),
    ],
    warnings: warnings.flatMap((warning) => ('decision' in warning ? [] : [warning.code])),
    criteria: [firstCriterion ?? '', ...otherCriteria],
    recommendations: outcomes.recommendations,
    decisions: outcomes.decisions as readonly Decision<R>[],
    figures: reportedByRules,
  };
  const rules = list(raw['rules'], 'rules', problems).map((item, index) => checkRule(item, `rules[${index}]`, vocabulary, problems));
  rules.forEach((rule, index) =>
    checkOwnFactPaths(rule.conditions, `rules[${index}].conditions`, { [PARAMETERS_FACT]: Object.keys(parameters), [FIGURES_FACT]: figures.map(({ id }) => id) }, problems),
  );
  for (const figure of reportedByRules) {
    if (!rules.some((rule) => rule.event.type === 'figure' && rule.event.params.figure === figure)) problems.push(`rules: no rule reports the figure "${figure}"`);
  }
  const names = rules.map((rule) => rule.name);
  if (new Set(names).size !== names.length) problems.push('rules: names must be unique');
  checkEveryStatusReachable(criteria, rules, problems);

  const changes = raw['changes'] === undefined ? {} : { changes: localized(raw['changes'], 'changes', problems) };
  return {
    id,
    version,
    ...changes,
    validFrom,
    validTo,
    form,
    title: localized(raw['title'], 'title', problems),
    options,
    criteria,
    groups,
    recommendations: checkRecommendations(raw['recommendations'], outcomes.recommendations, [...criterionIds, ...Object.keys(groups)], problems),
    explanations: checkExplanations(raw['explanations'], outcomes.recommendations, problems),
    warnings,
    rules,
    parameters,
    figures,
  };
}

/** A rule that reads a parameter or figure must name one the rule set has: `$.id` with an id it defines. */
function checkOwnFactPaths(condition: RuleCondition, where: string, ids: Readonly<Record<string, readonly string[]>>, problems: Problems): void {
  if ('all' in condition) return condition.all.forEach((part, index) => checkOwnFactPaths(part, `${where}.all[${index}]`, ids, problems));
  if ('any' in condition) return condition.any.forEach((part, index) => checkOwnFactPaths(part, `${where}.any[${index}]`, ids, problems));
  if ('not' in condition) return checkOwnFactPaths(condition.not, `${where}.not`, ids, problems);
  const sides = [{ fact: condition.fact, path: condition.path }, ...(isFactReference(condition.value) ? [condition.value] : [])];
  for (const { fact, path } of sides) {
    const known = ids[fact];
    if (known === undefined) continue;
    const id = /^\$\.([A-Za-z_]\w*)$/.exec(path ?? '')?.[1];
    if (id === undefined || !known.includes(id)) problems.push(`${where}: "${fact}" is read at "${path ?? ''}", which names none of its ${known.join(', ')}`);
  }
}

function checkValidity(raw: Readonly<Record<string, unknown>>, problems: Problems): { validFrom: string; validTo: string | null } {
  const validFrom = raw['validFrom'];
  const validTo = raw['validTo'];
  if (!isIsoDate(validFrom)) problems.push('validFrom: expected a date YYYY-MM-DD');
  if (validTo !== null && !isIsoDate(validTo)) problems.push('validTo: expected a date YYYY-MM-DD or null');
  const from = isIsoDate(validFrom) ? validFrom : '';
  const to = isIsoDate(validTo) ? validTo : null;
  if (to !== null && to < from) problems.push('validTo: must not be before validFrom');
  return { validFrom: from, validTo: to };
}

function checkForm(value: unknown, problems: Problems): FormId {
  if (isFormId(value)) return value;
  problems.push(`form: "${String(value)}" is not a known form`);
  return 'opsporing';
}

function checkCriterion(
  value: unknown,
  where: string,
  options: RuleSetDefinition['options'],
  answers: readonly string[],
  problems: Problems,
): CriterionDefinition {
  const raw = record(value, where, problems);
  unknownKeys(raw, ['id', 'role', 'title', 'source', 'explanations', 'explanationsByOption', 'explanationsWithoutAnswer'], where, problems);
  const withoutAnswer = raw['explanationsWithoutAnswer'];
  const criterion = {
    id: text(raw['id'], `${where}.id`, problems),
    role: oneOf(raw['role'], CRITERION_ROLES, `${where}.role`, problems),
    title: localized(raw['title'], `${where}.title`, problems),
    source: checkSource(raw['source'], `${where}.source`, problems),
    explanations: checkStatusTexts(raw['explanations'], `${where}.explanations`, problems),
    explanationsByOption: checkExplanationsByOption(raw['explanationsByOption'], `${where}.explanationsByOption`, options, problems),
  };
  if (withoutAnswer === undefined) return criterion;
  const textsOf = ([path, texts]: [string, unknown]): [string, CriterionExplanations] => {
    if (!isAnswerPath(path, answers)) problems.push(`${where}.explanationsWithoutAnswer: "${path}" is not a dotted path into the answer document`);
    return [path, checkStatusTexts(texts, `${where}.explanationsWithoutAnswer.${path}`, problems)];
  };
  return { ...criterion, explanationsWithoutAnswer: Object.fromEntries(Object.entries(record(withoutAnswer, `${where}.explanationsWithoutAnswer`, problems)).map(textsOf)) };
}

// Each criterion can be met by some rule, and not met by some rule exactly when it has a not-met text.
function checkEveryStatusReachable(criteria: readonly CriterionDefinition[], rules: readonly RuleDefinition[], problems: Problems): void {
  for (const criterion of criteria) {
    const texts = [
      criterion.explanations,
      ...Object.values(criterion.explanationsByOption).flatMap((byValue) => Object.values(byValue)),
      ...Object.values(criterion.explanationsWithoutAnswer ?? {}),
    ];
    const failable = texts[0]?.['not-met'] !== undefined;
    if (texts.some((each) => (each['not-met'] !== undefined) !== failable)) {
      problems.push(`criteria: "${criterion.id}" has a not-met text for some options and not for others`);
    }
    const marks = (status: CriterionStatus) =>
      rules.some((rule) => rule.event.type === 'criterion' && rule.event.params.criterion === criterion.id && rule.event.params.status === status);
    if (!marks('met')) problems.push(`rules: no rule marks criterion "${criterion.id}" met`);
    if (failable && !marks('not-met')) problems.push(`rules: no rule marks criterion "${criterion.id}" not-met`);
    if (!failable && marks('not-met')) problems.push(`rules: criterion "${criterion.id}" has no not-met text, yet a rule marks it not-met`);
  }
}

function checkStatusTexts(value: unknown, where: string, problems: Problems): CriterionExplanations {
  const explanations = record(value, where, problems);
  unknownKeys(explanations, CRITERION_STATUSES, where, problems);
  return {
    met: localized(explanations['met'], `${where}.met`, problems),
    ...(explanations['not-met'] === undefined ? {} : { 'not-met': localized(explanations['not-met'], `${where}.not-met`, problems) }),
    unknown: localized(explanations['unknown'], `${where}.unknown`, problems),
  };
}

/** Explanations per option value; every value of a named option must have its own. */
function checkExplanationsByOption(
  value: unknown,
  where: string,
  options: RuleSetDefinition['options'],
  problems: Problems,
): CriterionDefinition['explanationsByOption'] {
  const raw = record(value ?? {}, where, problems);
  unknownKeys(raw, Object.keys(options), where, problems);
  const result: Record<string, Record<string, CriterionExplanations>> = {};
  for (const [name, byValue] of Object.entries(raw)) {
    const values = Object.keys(options[name]?.values ?? {});
    const texts = record(byValue, `${where}.${name}`, problems);
    unknownKeys(texts, values, `${where}.${name}`, problems);
    result[name] = Object.fromEntries(values.map((item) => [item, checkStatusTexts(texts[item], `${where}.${name}.${item}`, problems)]));
  }
  return result;
}

function checkExplanations<T extends string>(value: unknown, recommendations: readonly T[], problems: Problems): Readonly<Record<T, LocalizedText>> {
  const raw = record(value, 'explanations', problems);
  unknownKeys(raw, recommendations, 'explanations', problems);
  const explanations: Record<string, LocalizedText> = {};
  for (const recommendation of recommendations) {
    explanations[recommendation] = localized(raw[recommendation], `explanations.${recommendation}`, problems);
  }
  if (!hasKeys(explanations, recommendations)) throw new Error('unreachable: every recommendation was given an explanation');
  return explanations;
}

/** True when a definition belongs to the given rule set; narrows its literal types. */
export function isRuleSetOf<R extends RuleSetId>(definition: RuleSetDefinition, id: R): definition is RuleSetDefinition<R> {
  return definition.id === id;
}
