import { describe, expect, it } from 'vitest';
import { validateVisitation } from '@rummelig/core';
import { fieldForVisitationIssue, visitationFormErrors } from './visitation-errors.js';

describe('the errors of the visitation form', () => {
  it('names the field of every path the rule set reports missing, in the order of the form', () => {
    const missing = [
      'decision.reason',
      'dialogue.goals',
      'dialogue.experience',
      'impairments.primary',
      'reinviteLater',
      'prospectsJobformidler',
      'decision.referToProgramme',
    ];
    const errors = visitationFormErrors({ issues: [], missing, goalBoxes: [], locale: 'da' });
    expect(errors.map((error) => error.field)).toEqual([
      'experience',
      'goals',
      'primary-impairment',
      'prospects-jobformidler',
      'reinvite-later',
      'refer-to-programme',
      'decision-reason',
    ]);
    expect(errors[0]?.message).toBe('Skriv referatet af temaet CV/erfaringer.');
  });

  it('puts a contract issue by its field before a missing answer of the same field', () => {
    const validation = validateVisitation(
      { form: 'visitation', formVersion: 1, impairments: { primary: 'autism', secondary: 'autism' }, citizen: { cpr: '320190-1234' } },
      { locale: 'en' },
    );
    if (validation.valid) throw new Error('expected issues');
    const errors = visitationFormErrors({ issues: validation.issues, missing: ['impairments.primary'], goalBoxes: [], locale: 'en' });
    expect(errors.map((error) => error.field)).toEqual(['cpr', 'primary-impairment', 'secondary-impairment']);
  });

  it('says on each field what to do about an impairment chosen twice, so that no two messages read alike', () => {
    const validation = validateVisitation({ form: 'visitation', formVersion: 1, impairments: { primary: 'adhd', secondary: 'adhd', others: ['adhd'] } });
    if (validation.valid) throw new Error('expected issues');
    const errors = visitationFormErrors({ issues: validation.issues, missing: [], goalBoxes: [], locale: 'da' });
    expect(errors).toEqual([
      { field: 'secondary-impairment', message: 'Vælg en anden sekundær funktionsnedsættelse end den primære.' },
      { field: 'other-impairments', message: 'Fjern krydset ved den funktionsnedsættelse, der allerede er valgt som primær eller sekundær.' },
    ]);
  });

  it('names the text that is too long, and finds the box of a goal among blank boxes', () => {
    const validation = validateVisitation({ form: 'visitation', formVersion: 1, dialogue: { goals: ['Lager', 'x'.repeat(501)] } });
    if (validation.valid) throw new Error('expected issues');
    const errors = visitationFormErrors({ issues: validation.issues, missing: [], goalBoxes: [0, 2], locale: 'da' });
    expect(errors).toEqual([{ field: 'goal-3', message: 'Mål 3 må højst være 500 tegn. Fjern 1 tegn.' }]);
  });

  it('maps top-level answers to their fields by name', () => {
    expect(fieldForVisitationIssue('/impactPast', [])).toBe('impact-past');
    expect(fieldForVisitationIssue('/hkoSchemes/1', [])).toBe('hko-schemes');
    expect(fieldForVisitationIssue('/decision/referToProgramme', [])).toBe('refer-to-programme');
    expect(fieldForVisitationIssue('/impairments/others/3', [])).toBe('other-impairments');
  });
});
