import { describe, expect, it } from 'vitest';
import { validateVisitation, type OpsporingAnswers } from '@rummelig/core';
import { evaluate } from './evaluate.js';
import { thrownCode } from '../../core/src/testing/thrown-code.js';
import { handOverToVisitation, STEP_2_TYPES } from './handover.js';

const referred: OpsporingAnswers = {
  form: 'opsporing',
  formVersion: 1,
  citizen: { cpr: '010190-1234', name: 'Jens Hansen' },
  impairments: [
    { type: 'mobility', impact: 'small' },
    { type: 'breathing', impact: 'none' },
    { type: 'mental-illness', impact: 'large', score: 9 },
    { type: 'other', impact: 'medium', description: 'Migræne' },
  ],
  impactDescription: '  Jeg har svært ved at møde ind tidligt.  ',
  medicallyDocumented: true,
  priorCompensationSchemes: true,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};

describe('handOverToVisitation', () => {
  it('starts a valid visitation document with what the citizen told the caseworker', async () => {
    const result = await evaluate('opsporing', referred, { asOf: '2026-11-22' });
    const handover = handOverToVisitation(referred, result);
    expect(handover.visitation).toEqual({
      form: 'visitation',
      formVersion: 1,
      citizen: { cpr: '010190-1234', name: 'Jens Hansen' },
      dialogue: { impairment: 'Borgers uddybning i opsporingsskemaet: Jeg har svært ved at møde ind tidligt.' },
      impairments: {
        others: ['mental-illness', 'other'],
        note: 'Fra opsporingsskemaet: Psykiske lidelser, stor betydning; Andet (Migræne), mellem betydning; Nedsat bevægelighed, lille betydning',
      },
      hkoNeededBefore: true,
    });
    expect(validateVisitation(handover.visitation).valid).toBe(true);
    expect(handover.warnings).toEqual([]);
  });

  it('offers every step-2 type a step-1 row may stand for, largest impact first, and leaves out rows without impact', async () => {
    const handover = handOverToVisitation(referred, await evaluate('opsporing', referred, { asOf: '2026-11-22' }));
    expect(handover.impairmentSuggestions).toEqual([
      { from: 'mental-illness', impact: 'large', candidates: ['mental-illness'] },
      { from: 'other', impact: 'medium', candidates: ['other'], description: 'Migræne' },
      { from: 'mobility', impact: 'small', candidates: ['arms-hands', 'legs-feet', 'back-neck'] },
    ]);
  });

  it('leaves the job broker’s judgements open: no primary impairment, no assessment, no decision', async () => {
    const { visitation } = handOverToVisitation(referred, await evaluate('opsporing', referred, { asOf: '2026-11-22' }));
    expect(visitation.impairments?.primary).toBeUndefined();
    expect(visitation.impactFuture).toBeUndefined();
    expect(visitation.hkoNeededNow).toBeUndefined();
    expect(visitation.decision).toBeUndefined();
  });

  it('starts step 2 with criterion a open, never failed, until the job broker names the primary impairment', async () => {
    const { visitation } = handOverToVisitation(referred, await evaluate('opsporing', referred, { asOf: '2026-11-22' }));
    const result = await evaluate('visitation', visitation, { asOf: '2026-11-22' });
    expect(result.criteria.find((criterion) => criterion.id === 'a')?.status).toBe('unknown');
    expect(result.recommendation).toBe('undetermined');
    expect(result.missing).toContain('impairments.primary');
  });

  it('does not read "never used a scheme" as "never needed one"', async () => {
    const answers: OpsporingAnswers = { ...referred, priorCompensationSchemes: false };
    const { visitation } = handOverToVisitation(answers, await evaluate('opsporing', answers, { asOf: '2026-11-22' }));
    expect(visitation.hkoNeededBefore).toBeUndefined();
  });

  it('carries the step-1 answers and result unchanged, and never changes its input', async () => {
    const result = await evaluate('opsporing', referred, { asOf: '2026-11-22' });
    const before = structuredClone({ referred, result });
    const handover = handOverToVisitation(referred, result);
    expect(handover.opsporing).toEqual({ answers: referred, result });
    expect(handover.opsporing.answers).not.toBe(referred);
    expect({ referred, result }).toEqual(before);
  });

  it('warns when the caseworker did not refer, but still hands over', async () => {
    const answers: OpsporingAnswers = { ...referred, caseworker: { citizenWantsVisitation: true, referToVisitation: false } };
    const handover = handOverToVisitation(answers, await evaluate('opsporing', answers, { asOf: '2026-11-22' }));
    expect(handover.warnings.map((warning) => warning.code)).toEqual(['not-referred']);
    expect(handover.visitation.citizen).toEqual(referred.citizen);
  });

  it('needs no warning when step 1 was skipped after the rehabilitation team’s screening', async () => {
    const answers: OpsporingAnswers = { form: 'opsporing', formVersion: 1, context: { rehabilitationTeamScreened: true } };
    const handover = handOverToVisitation(answers, await evaluate('opsporing', answers, { asOf: '2026-11-22' }));
    expect(handover.warnings).toEqual([]);
    expect(handover.visitation).toEqual({ form: 'visitation', formVersion: 1 });
  });

  it('refuses a result that is not these answers’ opsporing result, and a locale it has no words for', async () => {
    const result = await evaluate('opsporing', referred, { asOf: '2026-11-22' });
    const otherCitizen = await evaluate('opsporing', { ...referred, caseworker: { citizenWantsVisitation: false } }, { asOf: '2026-11-22' });
    const mentor = await evaluate('mentor', { form: 'hko', formVersion: 1, mentor: { requestedMonths: 6 } }, { asOf: '2026-11-22' });
    expect(thrownCode(() => handOverToVisitation(referred, otherCitizen))).toBe('invalid-document');
    expect(thrownCode(() => handOverToVisitation(referred, mentor as unknown as typeof result))).toBe('invalid-document');
    expect(thrownCode(() => handOverToVisitation(null as unknown as OpsporingAnswers, result))).toBe('invalid-document');
    expect(thrownCode(() => handOverToVisitation(referred, result, 'de' as 'da'))).toBe('invalid-option');
  });

  it('maps every step-1 type to step-2 types that exist', () => {
    for (const candidates of Object.values(STEP_2_TYPES)) expect(candidates.length).toBeGreaterThan(0);
  });
});
