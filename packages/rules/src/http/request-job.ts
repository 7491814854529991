import { FORM_IDS, isFormId, isLocale, type Locale } from '@rummelig/core';
import type { DocumentJob } from '../document-lines.js';
import { chooseOptions, OPTION_NAMES } from '../option-values.js';
import { isRuleSetId } from '../rule-set-registry.js';
import { RULE_SET_IDS } from '../types.js';
import { ServiceError } from './errors.js';

type Query = Readonly<Record<string, string | readonly string[] | undefined>>;

/** `POST /v1/evaluate/{ruleSet}`: the rule set, `asOf`, `lang` and the rule set's options, checked as the command line checks its flags. */
export function evaluateJob(ruleSet: string, query: Query): DocumentJob {
  if (!isRuleSetId(ruleSet)) {
    throw new ServiceError(404, 'unknown-rule-set', `Unknown rule set "${ruleSet}". Known rule sets: ${RULE_SET_IDS.join(', ')}.`, { ruleSet });
  }
  const values = single(query);
  const given = new Map<string, string>();
  for (const [name, value] of values) {
    if (name === 'asOf' || name === 'lang') continue;
    if (!OPTION_NAMES.has(name)) throw unknownParameter(name, ['asOf', 'lang', ...OPTION_NAMES.keys()]);
    given.set(name, value);
  }
  const chosen = chooseOptions(ruleSet, given, (option) => `query parameter "${option}"`);
  if (!chosen.ok) throw new ServiceError(400, 'invalid-option', `${capitalise(chosen.message)}.`);
  const job = { kind: 'evaluate', ruleSet, asOf: values.get('asOf'), locale: localeOf(values) } as const;
  return chosen.options === undefined ? job : { ...job, options: chosen.options };
}

/** `POST /v1/validate/{form}`: the form and `lang`. */
export function validateJob(form: string, query: Query): DocumentJob {
  if (!isFormId(form)) throw new ServiceError(404, 'unknown-form', `Unknown form "${form}". Known forms: ${FORM_IDS.join(', ')}.`, { form });
  const values = single(query);
  for (const name of values.keys()) if (name !== 'lang') throw unknownParameter(name, ['lang']);
  return { kind: 'validate', form, locale: localeOf(values) };
}

function single(query: Query): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new ServiceError(400, 'invalid-parameter', `The query parameter "${name}" is given more than once.`, { parameter: name });
    values.set(name, value);
  }
  return values;
}

function localeOf(values: ReadonlyMap<string, string>): Locale {
  const lang = values.get('lang') ?? 'da';
  if (!isLocale(lang)) throw new ServiceError(400, 'invalid-parameter', 'The query parameter "lang" must be da or en.', { parameter: 'lang', allowed: ['da', 'en'] });
  return lang;
}

function unknownParameter(name: string, known: readonly string[]): ServiceError {
  return new ServiceError(400, 'unknown-parameter', `Unknown query parameter "${name}". Known here: ${known.join(', ')}.`, { parameter: name, known });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
