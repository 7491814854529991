import { describe, expect, it } from 'vitest';
import { SCHEME_IDS, VISITATION_IMPAIRMENT_TYPES, type VisitationAnswers } from '@rummelig/core';
import {
  EMPTY_VISITATION_DRAFT,
  setGoal,
  setGroupAnswer,
  setRankedImpairment,
  setVisitationAnswer,
  toggleOtherImpairment,
  toggleScheme,
  visitationAnswersFromDraft,
  visitationDraftFromAnswers,
  restoreVisitationDraft,
} from './visitation-draft.js';

const filled: VisitationAnswers = {
  form: 'visitation',
  formVersion: 1,
  citizen: { name: 'Mette Jensen' },
  dialogue: { experience: 'Lager', goals: ['Lager', 'Chauffør', 'Pedel'] },
  impairments: { primary: 'autism', others: ['adhd'] },
  hkoNeededNow: true,
  hkoSchemes: ['mentor'],
  motivated: false,
  reinviteLater: true,
  decision: { referToProgramme: false, reason: 'Ikke nu.' },
};

describe('the visitation draft', () => {
  it('gives back the document it was made from', () => {
    expect(visitationAnswersFromDraft(visitationDraftFromAnswers(filled))).toEqual(filled);
  });

  it('starts as a document with nothing answered', () => {
    expect(visitationAnswersFromDraft(EMPTY_VISITATION_DRAFT)).toEqual({ form: 'visitation', formVersion: 1 });
  });

  it('keeps the goal boxes while they are being filled, and hands over only the written goals', () => {
    let draft = setGoal(EMPTY_VISITATION_DRAFT, 2, 'Chauffør');
    draft = setGoal(draft, 0, '   ');
    expect(draft.goals).toEqual(['   ', '', 'Chauffør']);
    expect(visitationAnswersFromDraft(draft).dialogue).toEqual({ goals: ['Chauffør'] });
  });

  it('removes an answer set to nothing or to blank text, and an emptied group with it', () => {
    let draft = setGroupAnswer(EMPTY_VISITATION_DRAFT, 'citizen', 'name', 'Mette');
    draft = setGroupAnswer(draft, 'citizen', 'name', '  ');
    expect(visitationAnswersFromDraft(draft)).not.toHaveProperty('citizen');
    draft = setVisitationAnswer(draft, 'impactPast', 'large');
    draft = setVisitationAnswer(draft, 'impactPast', undefined);
    expect(visitationAnswersFromDraft(draft)).not.toHaveProperty('impactPast');
  });

  it('leaves the schemes out while no need is answered yes, and keeps them for when it is again', () => {
    let draft = toggleScheme(setVisitationAnswer(EMPTY_VISITATION_DRAFT, 'hkoNeededBefore', true), 'mentor', true, SCHEME_IDS);
    draft = toggleScheme(draft, 'hjaelpemidler', true, SCHEME_IDS);
    expect(visitationAnswersFromDraft(draft).hkoSchemes).toEqual(['hjaelpemidler', 'mentor']);
    draft = setVisitationAnswer(draft, 'hkoNeededBefore', false);
    expect(visitationAnswersFromDraft(draft)).not.toHaveProperty('hkoSchemes');
    draft = setVisitationAnswer(draft, 'hkoNeededNow', true);
    expect(visitationAnswersFromDraft(draft).hkoSchemes).toEqual(['hjaelpemidler', 'mentor']);
  });

  it('leaves "senere tidspunkt" out unless the citizen is not motivated', () => {
    const draft = setVisitationAnswer(setVisitationAnswer(EMPTY_VISITATION_DRAFT, 'motivated', false), 'reinviteLater', false);
    expect(visitationAnswersFromDraft(draft).reinviteLater).toBe(false);
    expect(visitationAnswersFromDraft(setVisitationAnswer(draft, 'motivated', true))).not.toHaveProperty('reinviteLater');
  });

  it('lists the other impairments in the order of the form, and moves a type chosen as primary out of them', () => {
    let draft = toggleOtherImpairment(EMPTY_VISITATION_DRAFT, 'autism', true, VISITATION_IMPAIRMENT_TYPES);
    draft = toggleOtherImpairment(draft, 'arms-hands', true, VISITATION_IMPAIRMENT_TYPES);
    expect(draft.answers.impairments?.others).toEqual(['arms-hands', 'autism']);
    draft = setRankedImpairment(draft, 'primary', 'autism');
    expect(draft.answers.impairments).toEqual({ primary: 'autism', others: ['arms-hands'] });
    draft = setRankedImpairment(draft, 'secondary', 'arms-hands');
    expect(draft.answers.impairments).toEqual({ primary: 'autism', secondary: 'arms-hands' });
    draft = toggleOtherImpairment(draft, 'skin', false, VISITATION_IMPAIRMENT_TYPES);
    expect(draft.answers.impairments).not.toHaveProperty('others');
  });

  it('never changes the draft it is given', () => {
    const draft = visitationDraftFromAnswers(filled);
    const before = structuredClone(draft);
    setGoal(draft, 0, 'Andet');
    setGroupAnswer(draft, 'decision', 'reason', undefined);
    toggleScheme(draft, 'mentor', false, SCHEME_IDS);
    setRankedImpairment(draft, 'secondary', 'adhd');
    expect(draft).toEqual(before);
  });
});

describe('restoreVisitationDraft', () => {
  it('reads back what the form kept, the empty goal boxes included', () => {
    const draft = setGoal(setVisitationAnswer(EMPTY_VISITATION_DRAFT, 'impactPast', 'large'), 1, 'Chauffør');
    expect(restoreVisitationDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('keeps only known answers of the right type and three goal boxes', () => {
    const restored = restoreVisitationDraft({
      answers: { impactPast: 'enormous', motivated: true, impairments: { others: ['autism', 'nonsense'], primary: 'autism' }, hkoSchemes: ['mentor'] },
      goals: ['Lager', 7],
    });
    expect(restored).toEqual({
      answers: { form: 'visitation', formVersion: 1, motivated: true, impairments: { primary: 'autism' }, hkoSchemes: ['mentor'] },
      goals: ['Lager', '', ''],
    });
  });
});
