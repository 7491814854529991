import { describe, expect, it } from 'vitest';
import type { OpsporingAnswers } from '@rummelig/core';
import {
  EMPTY_DRAFT,
  answersFromDraft,
  draftFromAnswers,
  rowsWithoutImpact,
  setAnswer,
  setNestedAnswer,
  setNoImpairment,
  setRowChecked,
  setRowDescription,
  setRowImpact,
  setRowScore,
  setRowScoreText,
  parseScore,
  rowsWithInvalidScore,
  rowsWithoutDescription,
  restoreOpsporingDraft,
} from './opsporing-draft.js';

const header = { form: 'opsporing', formVersion: 1 } as const;

describe('the opsporing draft', () => {
  it('gives an answer document with only what has been answered', () => {
    expect(answersFromDraft(EMPTY_DRAFT)).toEqual(header);
  });

  it('keeps a ticked row without impact out of the document, but remembers it', () => {
    const draft = setRowChecked(EMPTY_DRAFT, 'adhd', true);
    expect(answersFromDraft(draft)).toEqual(header);
    expect(rowsWithoutImpact(draft)).toEqual(['adhd']);
    expect(answersFromDraft(setRowImpact(draft, 'adhd', 'small')).impairments).toEqual([{ type: 'adhd', impact: 'small' }]);
  });

  it('lists impairments in the order of the form, whatever the order of ticking', () => {
    let draft = setRowImpact(EMPTY_DRAFT, 'vision-hearing', 'large');
    draft = setRowImpact(draft, 'mobility', 'none');
    expect(answersFromDraft(draft).impairments?.map((impairment) => impairment.type)).toEqual(['mobility', 'vision-hearing']);
  });

  it('sets the impact band from the 0-10 score, and drops a score the chosen impact contradicts', () => {
    let draft = setRowScore(EMPTY_DRAFT, 'autism', 8);
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'autism', impact: 'large', score: 8 }]);
    draft = setRowImpact(draft, 'autism', 'large');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'autism', impact: 'large', score: 8 }]);
    draft = setRowImpact(draft, 'autism', 'small');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'autism', impact: 'small' }]);
    draft = setRowScore(setRowScore(draft, 'autism', 0), 'autism', undefined);
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'autism', impact: 'none' }]);
  });

  it('gives a contradicted score back when its band is chosen again, as an arrow key passing through the radios does', () => {
    let draft = setRowScore(EMPTY_DRAFT, 'mobility', 5);
    draft = setRowImpact(draft, 'mobility', 'large');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'mobility', impact: 'large' }]);
    expect(draft.rows.mobility?.scoreText, 'the box is empty').toBeUndefined();
    draft = setRowImpact(setRowImpact(draft, 'mobility', 'small'), 'mobility', 'medium');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'mobility', impact: 'medium', score: 5 }]);
    expect(draft.rows.mobility?.scoreText).toBe('5');
    // A score typed after that replaces the one set aside.
    draft = setRowImpact(draft, 'mobility', 'none');
    draft = setRowScore(draft, 'mobility', 9);
    draft = setRowImpact(draft, 'mobility', 'medium');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'mobility', impact: 'medium' }]);
    draft = setRowImpact(draft, 'mobility', 'large');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'mobility', impact: 'large', score: 9 }]);
  });

  it('takes the 0-10 helper as typed: a whole number from 0 to 10 sets the band, other text is kept but sets nothing', () => {
    let draft = setRowScoreText(EMPTY_DRAFT, 'adhd', ' 5 ');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'adhd', impact: 'medium', score: 5 }]);
    expect(rowsWithInvalidScore(draft)).toEqual([]);
    draft = setRowScoreText(draft, 'adhd', '11');
    expect(draft.rows.adhd?.scoreText).toBe('11');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'adhd', impact: 'medium' }]);
    expect(rowsWithInvalidScore(draft)).toEqual(['adhd']);
    // Choosing an impact by hand does not throw away what was typed.
    draft = setRowImpact(draft, 'adhd', 'large');
    expect(rowsWithInvalidScore(draft)).toEqual(['adhd']);
    draft = setRowScoreText(draft, 'adhd', '');
    expect(draft.rows.adhd).toEqual({ checked: true, impact: 'large' });
    expect(rowsWithInvalidScore(draft)).toEqual([]);
  });

  it.each([
    ['0', 0],
    ['10', 10],
    ['07', 7],
    [' 3 ', 3],
    ['11', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['2,5', undefined],
    ['fem', undefined],
    ['', undefined],
  ])('reads %j on the 0-10 helper as %j', (text, score) => {
    expect(parseScore(text)).toBe(score);
  });

  it('shows a prefilled score in the helper', () => {
    const draft = draftFromAnswers({ ...header, impairments: [{ type: 'breathing', impact: 'small', score: 2 }] });
    expect(draft.rows.breathing).toEqual({ checked: true, impact: 'small', score: 2, scoreText: '2' });
  });

  it('makes "no impairment" and ticked rows exclude each other', () => {
    const ticked = setRowImpact(EMPTY_DRAFT, 'mobility', 'medium');
    const none = setNoImpairment(ticked, true);
    expect(answersFromDraft(none)).toEqual({ ...header, noImpairment: true });
    expect(answersFromDraft(setRowChecked(none, 'breathing', true))).toEqual(header);
    expect(answersFromDraft(setNoImpairment(none, false))).toEqual(header);
  });

  it('unticking a row leaves its answers out of the document, and ticking it again gives them back', () => {
    const answered = setRowDescription(setRowScore(EMPTY_DRAFT, 'other', 3), 'other', 'Migræne');
    const unticked = setRowChecked(answered, 'other', false);
    expect(answersFromDraft(unticked)).toEqual(header);
    expect(rowsWithoutDescription(unticked)).toEqual([]);
    expect(setRowChecked(unticked, 'other', true).rows.other).toEqual(answered.rows.other);
  });

  it('keeps the description only for "Andet", trimmed, and not when blank', () => {
    let draft = setRowDescription(setRowImpact(EMPTY_DRAFT, 'other', 'small'), 'other', '  Migræne ');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'other', impact: 'small', description: 'Migræne' }]);
    draft = setRowDescription(draft, 'other', '   ');
    expect(answersFromDraft(draft).impairments).toEqual([{ type: 'other', impact: 'small' }]);
  });

  it('knows when "Andet" is ticked but not specified', () => {
    const draft = setRowChecked(EMPTY_DRAFT, 'other', true);
    expect(rowsWithoutDescription(draft)).toEqual(['other']);
    expect(rowsWithoutDescription(setRowDescription(draft, 'other', '  '))).toEqual(['other']);
    expect(rowsWithoutDescription(setRowDescription(draft, 'other', 'Migræne'))).toEqual([]);
    expect(rowsWithoutDescription(setRowChecked(draft, 'other', false))).toEqual([]);
  });

  it('removes an emptied answer and an emptied group', () => {
    let draft = setAnswer(EMPTY_DRAFT, 'impactDescription', 'Tekst');
    draft = setNestedAnswer(draft, ['citizen', 'name'], 'Jens');
    expect(answersFromDraft(draft)).toEqual({ ...header, impactDescription: 'Tekst', citizen: { name: 'Jens' } });
    draft = setAnswer(draft, 'impactDescription', '');
    draft = setNestedAnswer(draft, ['citizen', 'name'], '');
    expect(answersFromDraft(draft)).toEqual(header);
  });

  it('keeps false answers, which are answers', () => {
    const draft = setNestedAnswer(setAnswer(EMPTY_DRAFT, 'priorLimitation', false), ['caseworker', 'referToVisitation'], false);
    expect(answersFromDraft(draft)).toEqual({ ...header, priorLimitation: false, caseworker: { referToVisitation: false } });
  });

  it('round-trips a complete document through a draft', () => {
    const answers: OpsporingAnswers = {
      ...header,
      citizen: { cpr: '010190-1234', name: 'Jens Hansen' },
      impairments: [
        { type: 'mobility', impact: 'medium', score: 5 },
        { type: 'other', impact: 'small', description: 'Migræne' },
      ],
      impactDescription: 'Tekst',
      medicallyDocumented: true,
      priorCompensationSchemes: false,
      priorLimitation: true,
      context: { benefit: 'dagpenge', rehabilitationTeamScreened: false },
      caseworker: { citizenWantsVisitation: true, referToVisitation: true },
    };
    expect(answersFromDraft(draftFromAnswers(answers))).toEqual(answers);
  });

  it('never changes the draft it is given', () => {
    const draft = setRowImpact(EMPTY_DRAFT, 'adhd', 'small');
    const copy = structuredClone(draft);
    setNoImpairment(draft, true);
    setRowScore(draft, 'adhd', 9);
    setRowChecked(draft, 'adhd', false);
    expect(draft).toEqual(copy);
    expect(EMPTY_DRAFT).toEqual({ rows: {}, answers: header });
  });
});

describe('restoreOpsporingDraft', () => {
  it('reads back what the form kept, half-typed answers included', () => {
    let draft = setRowChecked(EMPTY_DRAFT, 'adhd', true);
    draft = setRowScoreText(draft, 'adhd', '1x');
    draft = setNestedAnswer(draft, ['citizen', 'cpr'], '3201');
    draft = setAnswer(draft, 'priorLimitation', true);
    expect(restoreOpsporingDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('keeps only the answers the form knows, each of its type', () => {
    const restored = restoreOpsporingDraft({
      rows: { adhd: { checked: true, impact: 'huge', score: '7' }, unknown: { checked: true }, autism: { impact: 'small' } },
      answers: { form: 'visitation', priorLimitation: 'ja', medicallyDocumented: false, caseworker: { referToVisitation: true }, __proto__x: 1 },
    });
    expect(restored).toEqual({
      rows: { adhd: { checked: true } },
      answers: { form: 'opsporing', formVersion: 1, medicallyDocumented: false, caseworker: { referToVisitation: true } },
    });
    expect(restoreOpsporingDraft('draft')).toBeUndefined();
    expect(restoreOpsporingDraft(null)).toBeUndefined();
  });
});
