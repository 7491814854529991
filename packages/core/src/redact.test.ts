import { describe, expect, it } from 'vitest';
import type { OpsporingAnswers, VisitationAnswers } from './index.js';
import { redact } from './redact.js';

describe('redact', () => {
  it('keeps the closed answers of an opsporing and removes identity and free text', () => {
    const answers: OpsporingAnswers = {
      form: 'opsporing',
      formVersion: 1,
      citizen: { cpr: '010190-1234', name: 'Mette Jensen' },
      impairments: [
        { type: 'other', impact: 'medium', score: 5, description: 'Migræne efter ulykke i Vejle' },
        { type: 'autism', impact: 'large' },
      ],
      impactDescription: 'Min læge, dr. Hansen, siger …',
      medicallyDocumented: true,
      caseworker: { citizenWantsVisitation: true, referToVisitation: false },
      context: { benefit: 'dagpenge' },
    };
    const before = structuredClone(answers);
    expect(redact('opsporing', answers)).toEqual({
      form: 'opsporing',
      formVersion: 1,
      impairments: [
        { type: 'other', impact: 'medium', score: 5 },
        { type: 'autism', impact: 'large' },
      ],
      medicallyDocumented: true,
      caseworker: { citizenWantsVisitation: true, referToVisitation: false },
      context: { benefit: 'dagpenge' },
    });
    expect(answers).toEqual(before);
  });

  it('removes the minutes, goals, notes and reason of a visitation, and keeps its assessment', () => {
    const answers: VisitationAnswers = {
      form: 'visitation',
      formVersion: 1,
      dialogue: { experience: 'Lager hos Brdr. Nielsen', goals: ['Chauffør'] },
      impairments: { primary: 'autism', others: ['adhd'], note: 'Diagnose 2019' },
      impactPast: 'large',
      hkoSchemes: ['mentor'],
      motivated: true,
      decision: { referToProgramme: true, reason: 'Borgeren ønsker det' },
    };
    expect(redact('visitation', answers)).toEqual({
      form: 'visitation',
      formVersion: 1,
      dialogue: { goals: [] },
      impairments: { primary: 'autism', others: ['adhd'] },
      impactPast: 'large',
      hkoSchemes: ['mentor'],
      motivated: true,
      decision: { referToProgramme: true },
    });
  });
});
