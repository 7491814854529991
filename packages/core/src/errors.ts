/**
 * The one errors module. Two kinds of problem exist:
 * - a `ValidationIssue` is returned as data when a document breaks the data
 *   contract (bad input is expected, so it is never thrown);
 * - a `RummeligError` is thrown for programmer mistakes such as an unknown
 *   form name or a malformed `asOf`.
 * Both carry a stable `code`. Messages name paths, never answer values,
 * because answers are health data.
 */
import type { Locale, LocalizedText } from './localized-text.js';

export const ISSUE_CODES = [
  'invalid-json',
  'not-an-object',
  'wrong-form',
  'unsupported-form-version',
  'required',
  'unknown-property',
  'wrong-type',
  'unknown-value',
  'out-of-range',
  'not-an-integer',
  'too-long',
  'too-many-items',
  'invalid-date',
  'invalid-cpr',
  'duplicate-impairment',
  'duplicate-value',
  'score-outside-impact-band',
  'no-impairment-conflict',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Values a message may show. Only shapes of the contract (limits, allowed values, names), never an answer. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface ValidationIssue {
  readonly code: IssueCode;
  /** JSON pointer (RFC 6901) to the value at fault; `""` is the whole document. */
  readonly path: string;
  /** The message in the requested locale (Danish unless asked otherwise). */
  readonly message: string;
  readonly messages: LocalizedText;
  readonly params?: IssueParams;
}

const list = (values: IssueParams[string] | undefined): string =>
  Array.isArray(values) ? values.join(', ') : String(values ?? '');

type MessageTemplate = (params: IssueParams) => LocalizedText;

const MESSAGES: Readonly<Record<IssueCode, MessageTemplate>> = {
  // A line of JSON Lines that is empty, or not UTF-8, is told so: each line in gets its own line out.
  'invalid-json': (p) =>
    p['reason'] === 'empty'
      ? { da: 'Indholdet er tomt.', en: 'The input is empty.' }
      : p['reason'] === 'not-utf-8'
        ? { da: 'Indholdet er ikke gyldig UTF-8.', en: 'The input is not valid UTF-8.' }
        : { da: 'Indholdet er ikke gyldig JSON.', en: 'The input is not valid JSON.' },
  'not-an-object': () => ({
    da: 'Et svarskema skal være et JSON-objekt.',
    en: 'An answer document must be a JSON object.',
  }),
  'wrong-form': (p) => ({
    da: `Feltet "form" skal være "${list(p['expected'])}".`,
    en: `The field "form" must be "${list(p['expected'])}".`,
  }),
  'unsupported-form-version': (p) => ({
    da: `Skemaversionen understøttes ikke. Understøttede versioner: ${list(p['supported'])}.`,
    en: `The form version is not supported. Supported versions: ${list(p['supported'])}.`,
  }),
  required: (p) => ({
    da: `Feltet "${list(p['property'])}" mangler.`,
    en: `The field "${list(p['property'])}" is missing.`,
  }),
  'unknown-property': (p) => ({
    da: `Feltet "${list(p['property'])}" findes ikke i skemaet.`,
    en: `The field "${list(p['property'])}" is not part of the form.`,
  }),
  'wrong-type': (p) => ({
    da: `Værdien har forkert type. Forventet: ${typeNamesDa(p['expected'])}.`,
    en: `The value has the wrong type. Expected: ${list(p['expected'])}.`,
  }),
  'unknown-value': (p) => ({
    da: `Værdien er ikke tilladt. Tilladte værdier: ${list(p['allowed'])}.`,
    en: `The value is not allowed. Allowed values: ${list(p['allowed'])}.`,
  }),
  'out-of-range': (p) =>
    p['maximum'] === undefined
      ? { da: `Tallet skal være mindst ${list(p['minimum'])}.`, en: `The number must be at least ${list(p['minimum'])}.` }
      : {
          da: `Tallet skal være mellem ${list(p['minimum'])} og ${list(p['maximum'])}.`,
          en: `The number must be between ${list(p['minimum'])} and ${list(p['maximum'])}.`,
        },
  'not-an-integer': () => ({
    da: 'Tallet skal være et helt tal.',
    en: 'The number must be a whole number.',
  }),
  'too-long': (p) =>
    p['unit'] === 'bytes'
      ? { da: `Linjen må højst fylde ${list(p['limit'])} byte.`, en: `The line must be at most ${list(p['limit'])} bytes.` }
      : { da: `Teksten må højst være ${list(p['limit'])} tegn.`, en: `The text must be at most ${list(p['limit'])} characters.` },
  'too-many-items': (p) => ({
    da: `Listen må højst have ${list(p['limit'])} elementer.`,
    en: `The list must have at most ${list(p['limit'])} items.`,
  }),
  'invalid-date': () => ({
    da: 'Datoen findes ikke. Skriv den som ÅÅÅÅ-MM-DD.',
    en: 'The date does not exist. Write it as YYYY-MM-DD.',
  }),
  'invalid-cpr': () => ({
    da: 'Skriv CPR-nummeret med 10 cifre, med eller uden bindestreg. De første 6 cifre er fødselsdatoen.',
    en: 'Write the CPR number as 10 digits, with or without a hyphen. The first 6 digits are the date of birth.',
  }),
  'duplicate-impairment': () => ({
    da: 'Den samme funktionsnedsættelse er angivet mere end én gang.',
    en: 'The same impairment is listed more than once.',
  }),
  'duplicate-value': () => ({
    da: 'Den samme værdi er angivet mere end én gang.',
    en: 'The same value is listed more than once.',
  }),
  'score-outside-impact-band': (p) => {
    const [minimum, maximum] = [list(p['minimum']), list(p['maximum'])];
    // "Ingen betydning" has one score, 0: "fra 0 til 0" would read as a slip.
    const one = minimum === maximum;
    return {
      da: `Tallet på skalaen 0-10 passer ikke til den valgte betydning. ${one ? `Ved den betydning skal tallet være ${minimum}.` : `Vælg et tal fra ${minimum} til ${maximum}.`}`,
      en: `The 0-10 score does not match the chosen impact. ${one ? `With that impact the number must be ${minimum}.` : `Choose a number from ${minimum} to ${maximum}.`}`,
    };
  },
  'no-impairment-conflict': () => ({
    da: '"Jeg har ikke en funktionsnedsættelse" kan ikke vælges sammen med en funktionsnedsættelse, der har betydning.',
    en: '"I do not have an impairment" cannot be chosen together with an impairment that has an impact.',
  }),
};

const TYPE_NAMES_DA: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'tal',
  integer: 'helt tal',
  boolean: 'ja/nej (true/false)',
  object: 'objekt',
  array: 'liste',
  null: 'null',
};

function typeNamesDa(expected: IssueParams[string] | undefined): string {
  const names = Array.isArray(expected) ? expected : [String(expected ?? '')];
  return names.map((name) => TYPE_NAMES_DA[name] ?? name).join(', ');
}

/** Builds an issue with its Danish and English message. */
export function createIssue(
  code: IssueCode,
  path: string,
  params: IssueParams = {},
  locale: Locale = 'da',
): ValidationIssue {
  const messages = MESSAGES[code](params);
  const issue: ValidationIssue = { code, path, message: messages[locale], messages };
  return Object.keys(params).length > 0 ? { ...issue, params } : issue;
}

/** Codes of the errors thrown for programmer mistakes. */
export const ERROR_CODES = [
  'unknown-form',
  'unknown-rule-set',
  'invalid-as-of',
  'as-of-outside-rule-set',
  'invalid-option',
  'invalid-document',
  'invalid-rule-set',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes of the errors the HTTP service (`@rummelig/rules/http`) answers with, besides the issue codes of a
 * document that breaks the contract and the codes above for a rule set, form, date or option it cannot use.
 */
export const SERVICE_ERROR_CODES = [
  'not-found',
  'method-not-allowed',
  'unsupported-media-type',
  'payload-too-large',
  'request-timeout',
  'unknown-parameter',
  'invalid-parameter',
  'bad-request',
  'header-too-large',
  'service-unavailable',
  'internal-error',
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/** Thrown for mistakes in how the SDK is called, never for bad answers. */
export class RummeligError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'RummeligError';
    this.code = code;
    this.details = details;
  }
}
