import { hkoSchema, schemaForPath, type JsonSchema } from '@rummelig/core';
import { HKO_RULE_SET_IDS, type HkoRuleSetId } from '@rummelig/rules';

/** How a question is asked: yes / no / don't know, a choice among values, a number, or a date. */
export type QuestionKind = 'yes-no' | 'choice' | 'number' | 'date';

export interface Question {
  /** The answer's dotted path in the hko document, e.g. `personalAssistance.neededHoursPerWeek`. */
  readonly path: string;
  /** The id of the field in the form: the path in kebab case. */
  readonly field: string;
  readonly kind: QuestionKind;
  readonly schema: JsonSchema;
  /** The schemes that ask it. */
  readonly schemes: readonly HkoRuleSetId[];
}

/**
 * Answers asked only when a rule set needs them, as its `missing` says: SPS
 * only in further education, the special full-time case only above the hours
 * cap, the route by application only when not referred.
 */
export const ASKED_WHEN_MISSING: readonly string[] = [
  'personalAssistance.entitledToSps',
  'personalAssistance.specialFullTimeCase',
  'fortrinsadgang.invokedByApplicant',
  'fortrinsadgang.meetsFormalRequirements',
];

const kebab = (path: string): string => path.replace(/\./g, '-').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function kindOf(schema: JsonSchema): QuestionKind {
  if (schema.type === 'boolean') return 'yes-no';
  if (schema.enum !== undefined) return 'choice';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  return 'date';
}

const schemesOf = (schema: JsonSchema | undefined): readonly HkoRuleSetId[] =>
  ((schema?.['x-schemes'] as readonly string[] | undefined) ?? []).filter((id): id is HkoRuleSetId => (HKO_RULE_SET_IDS as readonly string[]).includes(id));

/**
 * Every question of the check, in the schema's order, with the schemes that
 * ask it: a field's own `x-schemes`, or else its group's. Read from the
 * schema, so a question added there appears here.
 */
export const QUESTIONS: readonly Question[] = Object.entries(hkoSchema.properties ?? {}).flatMap(([name, property]): Question[] => {
  if (name === 'form' || name === 'formVersion') return [];
  if (property.type !== 'object') return [{ path: name, field: kebab(name), kind: kindOf(property), schema: property, schemes: schemesOf(property) }];
  return Object.keys(property.properties ?? {}).map((child) => {
    const path = `${name}.${child}`;
    const schema = schemaForPath(hkoSchema, `${name}/${child}`) ?? {};
    const own = schemesOf(schema);
    return { path, field: kebab(path), kind: kindOf(schema), schema, schemes: own.length > 0 ? own : schemesOf(property) };
  });
});

/** The group a question belongs to (`personalAssistance`), or undefined for a question at the top. */
export const groupOf = (path: string): string | undefined => (path.includes('.') ? path.slice(0, path.indexOf('.')) : undefined);

/** True when one of the chosen schemes asks the question. */
export const askedByAny = (question: Question, schemes: readonly HkoRuleSetId[]): boolean => question.schemes.some((scheme) => schemes.includes(scheme));
