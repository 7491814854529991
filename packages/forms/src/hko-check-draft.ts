import { isIsoDate, type HkoAnswers } from '@rummelig/core';
import { HKO_RULE_SET_IDS, type HkoRuleSetId } from '@rummelig/rules';
import { askedByAny, QUESTIONS, type Question } from './hko-check-fields.js';
import type { DraftCodec } from './screening-form.js';

/** What the citizen chose or typed, by answer path: `yes`/`no`/`unknown`, a value, or the text of a number or date. */
export type HkoDraft = Readonly<Record<string, string>>;

/** The check while it is filled: the schemes chosen, and the answers by path, also those of a scheme chosen and then unchosen. */
export interface HkoCheckDraft {
  readonly schemes: readonly HkoRuleSetId[];
  readonly values: HkoDraft;
}

/** An answer that could not be read: a number or a date written so that it is neither. */
export interface InputProblem {
  readonly path: string;
  readonly kind: 'number' | 'date';
}

/** A number as Danes write it too: `7,5` as well as `7.5`. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** A date written `dd-mm-åååå`, `d.m.åååå` or `åååå-mm-dd`, as `YYYY-MM-DD`; undefined when it is no existing date. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const iso = `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function valueOf(question: Question, raw: string): { readonly value?: unknown; readonly problem?: InputProblem['kind'] } {
  if (raw.trim() === '' || raw === 'unknown') return {};
  switch (question.kind) {
    case 'yes-no':
      return { value: raw === 'yes' };
    case 'choice':
      return { value: raw };
    case 'number': {
      const number = parseNumber(raw);
      return number === undefined ? { problem: 'number' } : { value: number };
    }
    case 'date': {
      const date = parseDate(raw);
      return date === undefined ? { problem: 'date' } : { value: date };
    }
  }
}

/**
 * The hko document of the questions the chosen schemes ask, and the answers
 * that could not be read. An answer to a question no chosen scheme asks stays
 * in the draft, so it comes back if the scheme is chosen again, but is left
 * out of the document.
 */
export function answersFromDraft(
  draft: HkoDraft,
  schemes: readonly HkoRuleSetId[],
): { readonly answers: HkoAnswers; readonly problems: readonly InputProblem[] } {
  const answers: Record<string, unknown> = { form: 'hko', formVersion: 1 };
  const problems: InputProblem[] = [];
  for (const question of QUESTIONS) {
    const raw = draft[question.path];
    if (raw === undefined || !askedByAny(question, schemes)) continue;
    const { value, problem } = valueOf(question, raw);
    if (problem !== undefined) problems.push({ path: question.path, kind: problem });
    if (value === undefined) continue;
    const [group, name] = question.path.split('.');
    if (group === undefined) continue;
    if (name === undefined) answers[group] = value;
    else answers[group] = { ...(answers[group] as object | undefined), [name]: value };
  }
  return { answers: answers as unknown as HkoAnswers, problems };
}

/** The draft of a document, to prefill the check. */
export function draftFromAnswers(answers: HkoAnswers): HkoDraft {
  const draft: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = question.path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), answers);
    if (value === undefined) continue;
    if (typeof value === 'boolean') draft[question.path] = value ? 'yes' : 'no';
    else if (question.kind === 'date' && typeof value === 'string') draft[question.path] = isIsoDate(value) ? `${value.slice(8)}-${value.slice(5, 7)}-${value.slice(0, 4)}` : value;
    else draft[question.path] = String(value).replace('.', ',');
  }
  return draft;
}

/** The schemes a draft has answers for, to choose them when a document is set as a prefill. */
export function schemesAnswered(draft: HkoDraft): HkoRuleSetId[] {
  return [...new Set(QUESTIONS.filter((question) => draft[question.path] !== undefined && question.schemes.length === 1).flatMap((question) => question.schemes))];
}

const isScheme = (value: unknown): value is HkoRuleSetId => (HKO_RULE_SET_IDS as readonly unknown[]).includes(value);
const PATHS: ReadonlySet<string> = new Set(QUESTIONS.map((question) => question.path));

/** The draft of a kept value, when it is one: known schemes, and text answers to known questions only. */
function restoreCheckDraft(stored: unknown): HkoCheckDraft | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const { schemes, values } = stored as { schemes?: unknown; values?: unknown };
  if (!Array.isArray(schemes) || !schemes.every(isScheme) || values === null || typeof values !== 'object' || Array.isArray(values)) return undefined;
  const entries = Object.entries(values);
  if (!entries.every(([path, value]) => PATHS.has(path) && typeof value === 'string')) return undefined;
  return { schemes: HKO_RULE_SET_IDS.filter((id) => schemes.includes(id)), values: Object.fromEntries(entries) as HkoDraft };
}

/** How the check's draft relates to its hko document. A document chooses the schemes it has answers for. */
export const HKO_CHECK_DRAFTS: DraftCodec<HkoCheckDraft, HkoAnswers> = {
  empty: { schemes: [], values: {} },
  toAnswers: (draft) => answersFromDraft(draft.values, draft.schemes).answers,
  fromAnswers: (answers) => {
    const values = draftFromAnswers(answers);
    return { schemes: schemesAnswered(values), values };
  },
  restore: restoreCheckDraft,
};
