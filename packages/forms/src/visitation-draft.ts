import {
  IMPACT_LEVELS,
  PROSPECTS,
  SCHEME_IDS,
  VISITATION_IMPAIRMENT_TYPES,
  type SchemeId,
  type VisitationAnswers,
  type VisitationImpairmentType,
} from '@rummelig/core';
import { pickShape, type Shape } from './draft-shape.js';
import type { DraftCodec } from './screening-form.js';

/**
 * What `<rummelig-visitation>` holds while the job broker fills it. It differs
 * from the answer document in two ways: the three goals keep their boxes
 * while some are still empty, and answers to questions that are hidden again
 * (the schemes, "senere tidspunkt") are kept, so that changing one's mind
 * twice loses nothing, but they are left out of the document.
 */
export interface VisitationDraft {
  readonly answers: Omit<VisitationAnswers, 'dialogue'> & { readonly dialogue?: Omit<NonNullable<VisitationAnswers['dialogue']>, 'goals'> };
  readonly goals: readonly [string, string, string];
}

export const EMPTY_VISITATION_DRAFT: VisitationDraft = { answers: { form: 'visitation', formVersion: 1 }, goals: ['', '', ''] };

type Answers = VisitationDraft['answers'];
type Group = 'citizen' | 'dialogue' | 'impairments' | 'decision';
type TopLevel = Exclude<keyof Answers, Group | 'form' | 'formVersion'>;
type GroupKey<G extends Group> = keyof NonNullable<Answers[G]>;

/** The schemes question is asked only when a need was or is there; "senere tidspunkt" only when the citizen is not motivated. */
export function asksSchemes(draft: VisitationDraft): boolean {
  return draft.answers.hkoNeededBefore === true || draft.answers.hkoNeededNow === true;
}

export function asksReinviteLater(draft: VisitationDraft): boolean {
  return draft.answers.motivated === false;
}

/** The answer document of the contract: only what has been answered and is still asked. */
export function visitationAnswersFromDraft(draft: VisitationDraft): VisitationAnswers {
  const { hkoSchemes, reinviteLater, dialogue, ...rest } = draft.answers;
  const goals = draft.goals.filter((goal) => goal.trim() !== '');
  const fullDialogue = goals.length > 0 ? { ...dialogue, goals } : dialogue;
  return {
    ...rest,
    ...(fullDialogue ? { dialogue: fullDialogue } : {}),
    ...(hkoSchemes && hkoSchemes.length > 0 && asksSchemes(draft) ? { hkoSchemes } : {}),
    ...(reinviteLater !== undefined && asksReinviteLater(draft) ? { reinviteLater } : {}),
  };
}

/** A draft holding a given answer document, e.g. from the step-1 hand-over. */
export function visitationDraftFromAnswers(answers: VisitationAnswers): VisitationDraft {
  const { dialogue, ...rest } = answers;
  const { goals = [], ...themes } = dialogue ?? {};
  return {
    answers: { ...rest, ...(Object.keys(themes).length > 0 ? { dialogue: themes } : {}) },
    goals: [goals[0] ?? '', goals[1] ?? '', goals[2] ?? ''],
  };
}

/** Sets a top-level answer; `undefined` or a blank text removes it. */
export function setVisitationAnswer<K extends TopLevel>(draft: VisitationDraft, key: K, value: Answers[K] | undefined): VisitationDraft {
  const answers: Record<string, unknown> = { ...draft.answers };
  if (isBlank(value)) delete answers[key];
  else answers[key] = value;
  return { ...draft, answers: answers as Answers };
}

/** Sets an answer inside a group (citizen, dialogue, impairments, decision); an emptied group is removed. */
export function setGroupAnswer<G extends Group>(
  draft: VisitationDraft,
  group: G,
  key: GroupKey<G>,
  value: NonNullable<Answers[G]>[GroupKey<G>] | undefined,
): VisitationDraft {
  const current: Record<string, unknown> = { ...draft.answers[group] };
  if (isBlank(value)) delete current[key as string];
  else current[key as string] = value;
  const answers: Record<string, unknown> = { ...draft.answers };
  if (Object.keys(current).length === 0) delete answers[group];
  else answers[group] = current;
  return { ...draft, answers: answers as Answers };
}

export function setGoal(draft: VisitationDraft, index: 0 | 1 | 2, text: string): VisitationDraft {
  const goals: [string, string, string] = [...draft.goals];
  goals[index] = text;
  return { ...draft, goals };
}

/**
 * Sets the primary or secondary impairment. A type chosen there leaves the
 * other impairments, where the hand-over from step 1 may have put it, since a
 * type is listed once.
 */
export function setRankedImpairment(
  draft: VisitationDraft,
  rank: 'primary' | 'secondary',
  type: VisitationImpairmentType | undefined,
): VisitationDraft {
  const ranked = setGroupAnswer(draft, 'impairments', rank, type);
  const others = ranked.answers.impairments?.others;
  if (type === undefined || !others?.includes(type)) return ranked;
  const rest = others.filter((other) => other !== type);
  return setGroupAnswer(ranked, 'impairments', 'others', rest.length > 0 ? rest : undefined);
}

/** Ticks or unticks one of the other impairments, kept in the order of the list. */
export function toggleOtherImpairment(
  draft: VisitationDraft,
  type: VisitationImpairmentType,
  checked: boolean,
  order: readonly VisitationImpairmentType[],
): VisitationDraft {
  const others = new Set(draft.answers.impairments?.others ?? []);
  if (checked) others.add(type);
  else others.delete(type);
  const listed = order.filter((candidate) => others.has(candidate));
  return setGroupAnswer(draft, 'impairments', 'others', listed.length > 0 ? listed : undefined);
}

export function toggleScheme(draft: VisitationDraft, scheme: SchemeId, checked: boolean, order: readonly SchemeId[]): VisitationDraft {
  const schemes = new Set(draft.answers.hkoSchemes ?? []);
  if (checked) schemes.add(scheme);
  else schemes.delete(scheme);
  const listed = order.filter((candidate) => schemes.has(candidate));
  return setVisitationAnswer(draft, 'hkoSchemes', listed.length > 0 ? listed : undefined);
}

const ANSWERS_SHAPE: Shape = {
  fields: {
    citizen: { fields: { cpr: 'string', name: 'string' } },
    dialogue: { fields: { experience: 'string', jobFunctions: 'string', impairment: 'string', supportAndStartConditions: 'string' } },
    impairments: {
      fields: {
        primary: { oneOf: VISITATION_IMPAIRMENT_TYPES },
        secondary: { oneOf: VISITATION_IMPAIRMENT_TYPES },
        others: { someOf: VISITATION_IMPAIRMENT_TYPES },
        note: 'string',
      },
    },
    impactPast: { oneOf: IMPACT_LEVELS },
    impactFuture: { oneOf: IMPACT_LEVELS },
    hkoNeededBefore: 'boolean',
    hkoNeededNow: 'boolean',
    hkoSchemes: { someOf: SCHEME_IDS },
    prospectsCitizen: { oneOf: PROSPECTS },
    prospectsJobformidler: { oneOf: PROSPECTS },
    motivated: 'boolean',
    reinviteLater: 'boolean',
    decision: { fields: { referToProgramme: 'boolean', reason: 'string' } },
  },
};

/** A draft read back from draft storage; undefined when it is not a visitation draft. */
export function restoreVisitationDraft(stored: unknown): VisitationDraft | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const { answers, goals } = stored as { readonly answers?: unknown; readonly goals?: unknown };
  const picked = pickShape(answers, ANSWERS_SHAPE) as Partial<VisitationDraft['answers']> | undefined;
  const box = (index: number): string => (Array.isArray(goals) && typeof goals[index] === 'string' ? goals[index] : '');
  return { answers: { ...picked, form: 'visitation', formVersion: 1 }, goals: [box(0), box(1), box(2)] };
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The visitation form's draft for `<rummelig-visitation>`. */
export const VISITATION_DRAFTS: DraftCodec<VisitationDraft, VisitationAnswers> = {
  empty: EMPTY_VISITATION_DRAFT,
  toAnswers: visitationAnswersFromDraft,
  fromAnswers: visitationDraftFromAnswers,
  restore: restoreVisitationDraft,
};
