import {
  BENEFITS,
  IMPACT_LEVELS,
  impactForScore,
  OPSPORING_IMPAIRMENT_TYPES,
  type Impact,
  type OpsporingAnswers,
  type OpsporingImpairment,
  type OpsporingImpairmentType,
} from '@rummelig/core';
import { pickShape, type Shape } from './draft-shape.js';
import type { DraftCodec } from './screening-form.js';

/** One row of the impairment grid as the citizen fills it: ticked first, impact chosen after. */
export interface ImpairmentRow {
  readonly checked: boolean;
  readonly impact?: Impact;
  readonly score?: number;
  /** What is typed in the 0-10 helper; `score` holds it only once it is a whole number from 0 to 10. */
  readonly scoreText?: string;
  /** A score that an impact from another band took out, kept out of the answers until that band is chosen again. */
  readonly setAsideScore?: number;
  readonly description?: string;
}

/**
 * What the form holds while it is being filled. It differs from the answer
 * document in one way: a ticked row without an impact yet, which the
 * document cannot express and the form must still remember.
 */
export interface OpsporingDraft {
  readonly rows: Readonly<Partial<Record<OpsporingImpairmentType, ImpairmentRow>>>;
  readonly answers: Omit<OpsporingAnswers, 'impairments'>;
}

export const EMPTY_DRAFT: OpsporingDraft = { rows: {}, answers: { form: 'opsporing', formVersion: 1 } };

/** The answer document of the contract: only what has been answered. */
export function answersFromDraft(draft: OpsporingDraft): OpsporingAnswers {
  const impairments: OpsporingImpairment[] = [];
  for (const type of OPSPORING_IMPAIRMENT_TYPES) {
    const row = draft.rows[type];
    if (!row?.checked || row.impact === undefined) continue;
    const description = type === 'other' ? row.description?.trim() : undefined;
    impairments.push({
      type,
      impact: row.impact,
      ...(row.score === undefined ? {} : { score: row.score }),
      ...(description ? { description } : {}),
    });
  }
  const answers: OpsporingAnswers = { ...draft.answers };
  return impairments.length > 0 ? { ...answers, impairments } : answers;
}

/** A draft holding a given answer document, e.g. to prefill the form. */
export function draftFromAnswers(answers: OpsporingAnswers): OpsporingDraft {
  const { impairments = [], ...rest } = answers;
  const rows: Partial<Record<OpsporingImpairmentType, ImpairmentRow>> = {};
  for (const { type, impact, score, description } of impairments) {
    rows[type] = {
      checked: true,
      impact,
      ...(score === undefined ? {} : { score, scoreText: String(score) }),
      ...(description === undefined ? {} : { description }),
    };
  }
  return { rows, answers: { ...rest, form: 'opsporing', formVersion: 1 } };
}

/** The types ticked but still without an impact. */
export function rowsWithoutImpact(draft: OpsporingDraft): OpsporingImpairmentType[] {
  return OPSPORING_IMPAIRMENT_TYPES.filter((type) => draft.rows[type]?.checked && draft.rows[type]?.impact === undefined);
}

/**
 * Ticking a row clears "no impairment"; the two answers exclude each other. Unticking keeps the row's answers, out of
 * the document, so that a tick taken away by a slip of the hand gives back what was written when it is ticked again.
 */
export function setRowChecked(draft: OpsporingDraft, type: OpsporingImpairmentType, checked: boolean): OpsporingDraft {
  const rows = { ...draft.rows, [type]: { ...draft.rows[type], checked } };
  const answers = checked ? withoutKey(draft.answers, 'noImpairment') : draft.answers;
  return { rows, answers };
}

/**
 * A score from another band would contradict the chosen impact, so it goes out of the box and the answers. It is set
 * aside, not lost: an arrow key moves through the radios, and passing a band on the way back must not cost the score.
 */
export function setRowImpact(draft: OpsporingDraft, type: OpsporingImpairmentType, impact: Impact): OpsporingDraft {
  const row = draft.rows[type] ?? { checked: true };
  const score = row.score ?? row.setAsideScore;
  const rest = withoutKeys(row, ['score', 'scoreText', 'setAsideScore']);
  let next: ImpairmentRow;
  if (score === undefined) next = { ...row, checked: true, impact };
  else if (impactForScore(score) === impact) next = { ...rest, checked: true, impact, score, scoreText: row.scoreText ?? String(score) };
  else next = { ...rest, checked: true, impact, setAsideScore: score };
  return { ...draft, rows: { ...draft.rows, [type]: next } };
}

/** The 0-10 helper given as a number: the score decides the impact band (vejledningen, linje 1871-1875). */
export function setRowScore(draft: OpsporingDraft, type: OpsporingImpairmentType, score: number | undefined): OpsporingDraft {
  return setRowScoreText(draft, type, score === undefined ? '' : String(score));
}

/**
 * The 0-10 helper as typed. A whole number from 0 to 10 sets the score and the
 * impact band at once; anything else is remembered, so that it can be shown
 * back and pointed out, but sets nothing.
 */
export function setRowScoreText(draft: OpsporingDraft, type: OpsporingImpairmentType, text: string): OpsporingDraft {
  // What is typed replaces a score set aside.
  const row = withoutKey(draft.rows[type] ?? { checked: true }, 'setAsideScore');
  const score = parseScore(text);
  let next: ImpairmentRow;
  if (text.trim() === '') next = withoutKeys(row, ['score', 'scoreText']);
  else if (score === undefined) next = { ...withoutKeys(row, ['score']), checked: true, scoreText: text };
  else next = { ...row, checked: true, score, scoreText: text, impact: impactForScore(score) };
  return { ...draft, rows: { ...draft.rows, [type]: next } };
}

/** A whole number from 0 to 10, or undefined for anything else. */
export function parseScore(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const score = Number(trimmed);
  return score <= 10 ? score : undefined;
}

/**
 * "Andet, angiv" ticked but not specified. The contract asks for the description
 * only once the row has an impact; the form asks at once, so one submit shows both.
 */
export function rowsWithoutDescription(draft: OpsporingDraft): OpsporingImpairmentType[] {
  const other = draft.rows.other;
  return other?.checked === true && !other.description?.trim() ? ['other'] : [];
}

/** The ticked types whose 0-10 helper holds text that is not a score. */
export function rowsWithInvalidScore(draft: OpsporingDraft): OpsporingImpairmentType[] {
  return OPSPORING_IMPAIRMENT_TYPES.filter((type) => {
    const row = draft.rows[type];
    return row?.checked === true && row.scoreText !== undefined && row.score === undefined;
  });
}

export function setRowDescription(draft: OpsporingDraft, type: OpsporingImpairmentType, description: string): OpsporingDraft {
  const row = draft.rows[type] ?? { checked: true };
  const next: ImpairmentRow = description === '' ? withoutKey(row, 'description') : { ...row, description };
  return { ...draft, rows: { ...draft.rows, [type]: next } };
}

/** "Jeg har ikke en funktionsnedsættelse" clears every ticked row. */
export function setNoImpairment(draft: OpsporingDraft, noImpairment: boolean): OpsporingDraft {
  if (!noImpairment) return { ...draft, answers: withoutKey(draft.answers, 'noImpairment') };
  return { rows: {}, answers: { ...draft.answers, noImpairment: true } };
}

type TopLevelField = 'impactDescription' | 'medicallyDocumented' | 'priorCompensationSchemes' | 'priorLimitation';

/** Sets or, with undefined or empty text, removes a top-level answer. */
export function setAnswer<K extends TopLevelField>(draft: OpsporingDraft, key: K, value: OpsporingAnswers[K] | undefined): OpsporingDraft {
  const answers: OpsporingDraft['answers'] =
    value === undefined || value === '' ? withoutKey(draft.answers, key as TopLevelField) : { ...draft.answers, [key]: value };
  return { ...draft, answers };
}

type NestedField =
  | ['citizen', 'cpr' | 'name']
  | ['caseworker', 'citizenWantsVisitation' | 'referToVisitation']
  | ['context', 'rehabilitationTeamScreened' | 'benefit'];

/** Sets or removes an answer inside `citizen`, `caseworker` or `context`, dropping the group when it empties. */
export function setNestedAnswer(draft: OpsporingDraft, [group, key]: NestedField, value: string | boolean | undefined): OpsporingDraft {
  const current: Record<string, unknown> = { ...(draft.answers[group] ?? {}) };
  if (value === undefined || value === '') delete current[key];
  else current[key] = value;
  const answers = Object.keys(current).length === 0 ? withoutKey(draft.answers, group) : { ...draft.answers, [group]: current };
  return { ...draft, answers };
}

const ANSWERS_SHAPE: Shape = {
  fields: {
    citizen: { fields: { cpr: 'string', name: 'string' } },
    noImpairment: 'boolean',
    impactDescription: 'string',
    medicallyDocumented: 'boolean',
    priorCompensationSchemes: 'boolean',
    priorLimitation: 'boolean',
    context: { fields: { benefit: { oneOf: BENEFITS }, rehabilitationTeamScreened: 'boolean' } },
    caseworker: { fields: { citizenWantsVisitation: 'boolean', referToVisitation: 'boolean' } },
  },
};

const ROW_SHAPE: Shape = {
  fields: { checked: 'boolean', impact: { oneOf: IMPACT_LEVELS }, score: 'number', scoreText: 'string', setAsideScore: 'number', description: 'string' },
};

/** A draft read back from draft storage; undefined when it is not an opsporing draft. */
export function restoreOpsporingDraft(stored: unknown): OpsporingDraft | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const { answers, rows } = stored as { readonly answers?: unknown; readonly rows?: Readonly<Record<string, unknown>> };
  const restoredRows: Partial<Record<OpsporingImpairmentType, ImpairmentRow>> = {};
  for (const type of OPSPORING_IMPAIRMENT_TYPES) {
    const row = pickShape(typeof rows === 'object' && rows !== null ? rows[type] : undefined, ROW_SHAPE) as ImpairmentRow | undefined;
    if (typeof row?.checked === 'boolean') restoredRows[type] = row;
  }
  const picked = pickShape(answers, ANSWERS_SHAPE) as Partial<OpsporingDraft['answers']> | undefined;
  return { rows: restoredRows, answers: { ...picked, form: 'opsporing', formVersion: 1 } };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _removed, ...rest } = value;
  return rest;
}

function withoutKeys<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const rest: Partial<T> = { ...value };
  for (const key of keys) delete rest[key];
  return rest as Omit<T, K>;
}

/** The opsporing form's draft for `<rummelig-opsporing>`. */
export const OPSPORING_DRAFTS: DraftCodec<OpsporingDraft, OpsporingAnswers> = {
  empty: EMPTY_DRAFT,
  toAnswers: answersFromDraft,
  fromAnswers: draftFromAnswers,
  restore: restoreOpsporingDraft,
};
