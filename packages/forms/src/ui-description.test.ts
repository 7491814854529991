import { describe, expect, it } from 'vitest';
import { OPSPORING_QUESTIONS, OPSPORING_UI } from './opsporing-questions.js';
import { resolveUi } from './ui-description.js';
import { VISITATION_UI, visitationQuestions } from './visitation-questions.js';

const VISITATION_QUESTIONS = visitationQuestions({ handover: () => undefined, live: () => undefined });

describe('the UI descriptions of the forms', () => {
  it.each([
    ['opsporing', OPSPORING_UI, OPSPORING_QUESTIONS],
    ['visitation', VISITATION_UI, VISITATION_QUESTIONS],
  ] as const)('lay out every question of %s exactly once', (_form, ui, questions) => {
    const laidOut = ui.sections.flatMap((section) => section.questions);
    expect([...laidOut].sort()).toEqual(Object.keys(questions).sort());
    expect(new Set(laidOut).size).toBe(laidOut.length);
  });
});

describe('resolveUi', () => {
  it('uses the default layout when there is no configuration', () => {
    expect(resolveUi(OPSPORING_UI, undefined, OPSPORING_QUESTIONS)).toEqual({ ui: OPSPORING_UI, problems: [] });
  });

  it('hides optional questions and keeps the rest in place', () => {
    const { ui, problems } = resolveUi(OPSPORING_UI, { hide: ['cpr', 'benefit'] }, OPSPORING_QUESTIONS);
    expect(problems).toEqual([]);
    expect(ui.sections[0]?.questions).toEqual(['name']);
    expect(ui.sections[4]?.questions).toEqual(['citizen-wants-visitation', 'refer-to-visitation', 'rehabilitation-team-screened']);
  });

  it('takes a municipality’s own order of sections and questions', () => {
    const sections = [
      { id: 'questions', title: 'otherConditions', questions: ['prior-limitation', 'medically-documented', 'prior-compensation-schemes'] },
      { id: 'impairments', questions: ['impairments', 'impact-description'] },
      { id: 'caseworker', questions: ['citizen-wants-visitation', 'refer-to-visitation'] },
    ];
    const { ui, problems } = resolveUi(OPSPORING_UI, { sections }, OPSPORING_QUESTIONS);
    expect(problems).toEqual([]);
    expect(ui.sections.map((section) => section.questions[0])).toEqual(['prior-limitation', 'impairments', 'citizen-wants-visitation']);
  });

  it('refuses to hide or leave out a question the rules need, and says which, keeping the default', () => {
    const hidden = resolveUi(OPSPORING_UI, { hide: ['medically-documented'] }, OPSPORING_QUESTIONS);
    expect(hidden.ui).toBe(OPSPORING_UI);
    expect(hidden.problems).toEqual([
      { code: 'required-question-missing', question: 'medically-documented', message: expect.stringContaining('required') },
    ]);
    const leftOut = resolveUi(OPSPORING_UI, { sections: [{ id: 'only', questions: ['impairments'] }] }, OPSPORING_QUESTIONS);
    expect(leftOut.problems.map((problem) => problem.question)).toEqual(
      expect.arrayContaining(['impact-description', 'medically-documented', 'prior-compensation-schemes', 'prior-limitation']),
    );
    expect(leftOut.problems.map((problem) => problem.question)).not.toContain('cpr');
  });

  it('reports unknown and repeated questions and a configuration of the wrong shape', () => {
    const unknown = resolveUi(VISITATION_UI, { hide: ['shoe-size'] }, VISITATION_QUESTIONS);
    expect(unknown.problems).toEqual([{ code: 'unknown-question', question: 'shoe-size', message: '"shoe-size" is not a question of this form.' }]);
    const twice = resolveUi(VISITATION_UI, { sections: [...VISITATION_UI.sections, { id: 'again', questions: ['cpr'] }] }, VISITATION_QUESTIONS);
    expect(twice.problems.map((problem) => problem.code)).toEqual(['duplicate-question']);
    const wrong = resolveUi(VISITATION_UI, { sections: 'cpr' as never }, VISITATION_QUESTIONS);
    expect(wrong.problems.map((problem) => problem.code)).toEqual(['not-a-list']);
    expect(wrong.ui).toBe(VISITATION_UI);
  });
});
