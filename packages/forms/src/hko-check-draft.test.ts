import { describe, expect, it } from 'vitest';
import { validateHko, type HkoAnswers } from '@rummelig/core';
import { QUESTIONS } from './hko-check-fields.js';
import { answersFromDraft, draftFromAnswers, HKO_CHECK_DRAFTS, parseDate, parseNumber, schemesAnswered } from './hko-check-draft.js';

describe('the questions of the hko check', () => {
  it('come from the schema, each with the schemes that ask it', () => {
    const byPath = Object.fromEntries(QUESTIONS.map((question) => [question.path, question]));
    expect(byPath['situation']).toMatchObject({ kind: 'choice', field: 'situation', schemes: ['personlig-assistance', 'hjaelpemidler'] });
    expect(byPath['weeklyHours']).toMatchObject({ kind: 'number', field: 'weekly-hours', schemes: ['personlig-assistance'] });
    expect(byPath['impairment.longLasting']?.schemes).toEqual(['personlig-assistance', 'hjaelpemidler', 'isbryder']);
    expect(byPath['education.completedOn']).toMatchObject({ kind: 'date', field: 'education-completed-on', schemes: ['isbryder'] });
    expect(byPath['mentor.psychiatricDischarge']).toMatchObject({ kind: 'yes-no', schemes: ['mentor'] });
    expect(QUESTIONS.every((question) => question.schemes.length > 0)).toBe(true);
    expect(new Set(QUESTIONS.map((question) => question.field)).size).toBe(QUESTIONS.length);
  });
});

describe('the draft of the hko check', () => {
  it('reads numbers and dates as Danes write them', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber(' 15 ')).toBe(15);
    expect(parseNumber('15 timer')).toBeUndefined();
    expect(parseDate('30-06-2025')).toBe('2025-06-30');
    expect(parseDate('1.9.2026')).toBe('2026-09-01');
    expect(parseDate('2026-09-01')).toBe('2026-09-01');
    expect(parseDate('29-02-2025')).toBeUndefined();
    expect(parseDate('juni 2025')).toBeUndefined();
  });

  it('gives the document of the chosen schemes only, "ved ikke" as no answer, and reports what cannot be read', () => {
    const draft = {
      situation: 'employed',
      weeklyHours: '37',
      'impairment.longLasting': 'yes',
      'impairment.significant': 'unknown',
      'personalAssistance.neededHoursPerWeek': 'femten',
      'mentor.requestedMonths': '6',
    };
    const { answers, problems } = answersFromDraft(draft, ['personlig-assistance']);
    expect(answers).toEqual({ form: 'hko', formVersion: 1, situation: 'employed', weeklyHours: 37, impairment: { longLasting: true } });
    expect(problems).toEqual([{ path: 'personalAssistance.neededHoursPerWeek', kind: 'number' }]);
    expect(answersFromDraft(draft, ['mentor']).answers).toEqual({ form: 'hko', formVersion: 1, mentor: { requestedMonths: 6 } });
    expect(validateHko(answers).valid).toBe(true);
  });

  it('prefills from a document and back', () => {
    const document = {
      form: 'hko',
      formVersion: 1,
      weeklyHours: 18.5,
      education: { completedOn: '2025-06-30', months: 36 },
      isbryder: { employerIsLastEmployer: false },
    } as const;
    const draft = draftFromAnswers(document);
    expect(draft).toEqual({ weeklyHours: '18,5', 'education.months': '36', 'education.completedOn': '30-06-2025', 'isbryder.employerIsLastEmployer': 'no' });
    expect(schemesAnswered(draft)).toEqual(['personlig-assistance', 'isbryder']);
    expect(answersFromDraft(draft, ['personlig-assistance', 'isbryder']).answers).toEqual(document);
  });
});

describe('the kept draft of the hko check', () => {
  it('goes to its document and back, choosing the schemes the document answers', () => {
    const answers = validDocument();
    const draft = HKO_CHECK_DRAFTS.fromAnswers(answers);
    expect(draft.schemes).toEqual(['mentor']);
    expect(HKO_CHECK_DRAFTS.toAnswers(draft)).toEqual(answers);
  });

  it('is read back only when it is one: known schemes, and text answers to known questions', () => {
    const kept = { schemes: ['mentor', 'isbryder'], values: { 'mentor.requestedMonths': 'seks' } };
    expect(HKO_CHECK_DRAFTS.restore(kept)).toEqual({ schemes: ['isbryder', 'mentor'], values: { 'mentor.requestedMonths': 'seks' } });
    expect(HKO_CHECK_DRAFTS.restore({ schemes: ['fleksjob'], values: {} })).toBeUndefined();
    expect(HKO_CHECK_DRAFTS.restore({ schemes: [], values: { 'mentor.requestedMonths': 6 } })).toBeUndefined();
    expect(HKO_CHECK_DRAFTS.restore({ schemes: [], values: { 'no.such': 'x' } })).toBeUndefined();
    expect(HKO_CHECK_DRAFTS.restore({ schemes: [], values: [] })).toBeUndefined();
    expect(HKO_CHECK_DRAFTS.restore('{"schemes":[]}')).toBeUndefined();
  });
});

function validDocument(): HkoAnswers {
  const answers: HkoAnswers = { form: 'hko', formVersion: 1, mentor: { requestedMonths: 6, psychiatricDischarge: true } };
  expect(validateHko(answers).valid).toBe(true);
  return answers;
}
