import { describe, expect, it } from 'vitest';
import { createIssue, validateOpsporing, type ValidationIssue } from '@rummelig/core';
import { fieldForIssue, fieldForMissing, formErrors, issueMessage, shortImpairmentName } from './opsporing-errors.js';

const answers = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [
    { type: 'adhd', impact: 'small', score: 7 },
    { type: 'other', impact: 'small' },
  ],
} as const;

describe('fieldForMissing', () => {
  it.each([
    ['impairments', 'impairments'],
    ['impactDescription', 'impact-description'],
    ['impairments[1].description', 'description-other'],
    ['priorLimitation', 'prior-limitation'],
  ])('puts %s on #%s', (path, field) => {
    expect(fieldForMissing(path, 'citizen')).toBe(field);
  });

  it('asks the caseworker questions only in caseworker mode', () => {
    expect(fieldForMissing('caseworker.citizenWantsVisitation', 'citizen')).toBeUndefined();
    expect(fieldForMissing('caseworker.citizenWantsVisitation', 'caseworker')).toBe('citizen-wants-visitation');
  });
});

describe('fieldForIssue', () => {
  it.each([
    ['/citizen/cpr', 'cpr'],
    ['/impairments/0/score', 'score-adhd'],
    ['/impairments/1/description', 'description-other'],
    ['/impairments/0/impact', 'impact-adhd'],
    ['/noImpairment', 'no-impairment'],
    ['/somethingElse', 'impairments'],
  ])('puts %s on #%s', (path, field) => {
    expect(fieldForIssue(createIssue('wrong-type', path), answers)).toBe(field);
  });
});

describe('formErrors', () => {
  const order = ['cpr', 'impairments', 'impact-adhd', 'score-adhd', 'description-other', 'impact-description'];

  it('lists one error per field, in the order of the form, in the chosen language', () => {
    const errors = formErrors(
      {
        answers,
        rowsWithoutImpact: [],
        issues: [createIssue('score-outside-impact-band', '/impairments/0/score', { minimum: 1, maximum: 3 }), createIssue('invalid-cpr', '/citizen/cpr')],
        missing: ['impactDescription', 'impairments[1].description', 'caseworker.referToVisitation'],
        mode: 'citizen',
        locale: 'en',
      },
      order,
    );
    expect(errors.map((error) => error.field)).toEqual(['cpr', 'score-adhd', 'description-other', 'impact-description']);
    expect(errors[0]?.message).toMatch(/^Write the CPR number/);
  });

  it('names a ticked row without impact instead of asking for impairments in general', () => {
    const errors = formErrors(
      { answers: { form: 'opsporing', formVersion: 1 }, rowsWithoutImpact: ['adhd'], issues: [], missing: ['impairments'], mode: 'citizen', locale: 'da' },
      order,
    );
    expect(errors).toEqual([{ field: 'impact-adhd', message: 'ADHD/ADD: Vælg, hvilken betydning funktionsnedsættelsen har for dine job- og uddannelsesmuligheder.' }]);
  });

  it('points out text in the 0-10 helper that is not a score, naming the row', () => {
    const errors = formErrors(
      {
        answers: { form: 'opsporing', formVersion: 1, impairments: [{ type: 'adhd', impact: 'small' }] },
        rowsWithoutImpact: [],
        rowsWithInvalidScore: ['adhd'],
        issues: [],
        missing: [],
        mode: 'citizen',
        locale: 'da',
      },
      order,
    );
    expect(errors).toEqual([{ field: 'score-adhd', message: 'ADHD/ADD: Skriv et helt tal fra 0 til 10, eller lad feltet stå tomt.' }]);
  });
});

describe('issueMessage', () => {
  it('names the text that is too long, and says how much to take out', () => {
    const issue = createIssue('too-long', '/citizen/name', { limit: 200, length: 212 });
    expect(issueMessage(issue, 'name', 'da')).toBe('Navnet må højst være 200 tegn. Fjern 12 tegn.');
    expect(issueMessage(issue, 'name', 'en')).toBe('The name must be at most 200 characters. Remove 12 of them.');
  });

  it('counts what to take out by characters as the limit does, an emoji as one, and in thousands with a Danish point', () => {
    const validation = validateOpsporing({ form: 'opsporing', formVersion: 1, impactDescription: '🙂'.repeat(6012) });
    if (validation.valid) throw new Error('expected issues');
    const [issue] = validation.issues;
    expect(issue?.params).toEqual({ limit: 5000, length: 6012 });
    expect(issueMessage(issue as ValidationIssue, 'impact-description', 'da')).toBe('Uddybningen må højst være 5.000 tegn. Fjern 1.012 tegn.');
  });

  it('keeps the contract’s own message otherwise', () => {
    const issue = createIssue('invalid-cpr', '/citizen/cpr');
    expect(issueMessage(issue, 'cpr', 'da')).toBe(issue.messages.da);
  });
});

describe('shortImpairmentName', () => {
  it('drops the examples in brackets and the instruction to specify', () => {
    expect(shortImpairmentName('mobility', 'da')).toBe('Nedsat bevægelighed');
    expect(shortImpairmentName('other', 'da')).toBe('Andet');
    expect(shortImpairmentName('other', 'en')).toBe('Other');
  });
});
