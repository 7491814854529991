import type { HkoAnswers } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from './evaluate.js';
import { HKO_RULE_SET_IDS, type EvaluationResult } from './types.js';

/** One document for every scheme, asked in 2019, 2021 and 2026. */
const answers: HkoAnswers = {
  form: 'hko',
  formVersion: 1,
  situation: 'employed',
  weeklyHours: 37,
  impairment: { longLasting: true, significant: true, selfAssessedDifficulty: true },
  personalAssistance: { neededHoursPerWeek: 15, coreTasksSelf: true },
  aid: { kind: 'work-tool', customary: false, beyondEmployerDuty: true, decisive: true, compensates: true },
  education: { months: 36, unemploymentInsuranceQualifying: true, completedOn: '2018-06-30', experienceInField: false },
  isbryder: { durationMonths: 12, employerIsLastEmployer: false, employerSector: 'private' },
  fortrinsadgang: { employerIsPublic: true, referredByJobcentre: true, filledInternally: false },
  mentor: { requestedMonths: 6, psychiatricDischarge: true },
};

const at = (ruleSet: (typeof HKO_RULE_SET_IDS)[number], asOf: string): EvaluationResult => evaluateSync(ruleSet, answers, { asOf });
const figure = (result: EvaluationResult, id: string) => result.figures?.find((item) => item.id === id);

describe('the schemes on three dates', () => {
  it.each(HKO_RULE_SET_IDS)('%s: the version, the sources and the name of the authority of each date', (ruleSet) => {
    const [in2019, in2021, in2026] = ['2019-06-01', '2021-06-01', '2026-06-01'].map((asOf) => at(ruleSet, asOf));
    expect([in2019?.ruleSetVersion, in2021?.ruleSetVersion, in2026?.ruleSetVersion]).toEqual(['1.0.0', '2.0.0', '3.0.0']);
    for (const result of [in2019, in2021, in2026]) {
      for (const criterion of result?.criteria ?? []) {
        expect(criterion.source.ref, criterion.id).not.toBe('');
        expect(criterion.source.confidence, criterion.id).toMatch(/^(high|medium|low)$/);
      }
    }
    expect(JSON.stringify(in2019?.criteria.map((criterion) => criterion.source))).not.toBe(JSON.stringify(in2021?.criteria.map((criterion) => criterion.source)));
    const texts = (result: EvaluationResult | undefined) => JSON.stringify([result?.explanation, result?.criteria.map((criterion) => criterion.explanation), result?.figures]);
    if (texts(in2021).includes('jobcentret')) {
      expect(texts(in2026)).not.toContain('jobcentret');
      expect(texts(in2026)).toContain('kommunen');
    }
  });

  it('before 2020 the icebreaker scheme and aids are under the Active Employment Act, from 2020 under the Compensation Act', () => {
    for (const ruleSet of ['isbryder', 'hjaelpemidler'] as const) {
      expect(at(ruleSet, '2019-06-01').criteria.every((criterion) => criterion.source.act === 'Lov om en aktiv beskæftigelsesindsats')).toBe(true);
      expect(at(ruleSet, '2021-06-01').criteria.every((criterion) => criterion.source.act === 'Lov om kompensation til handicappede i erhverv m.v.')).toBe(true);
    }
    expect(at('mentor', '2019-06-01').criteria[0]?.source.paragraph).toBe('§§ 31 b-31 f');
    expect(at('mentor', '2021-06-01').criteria[0]?.source.paragraph).toBe('§ 167');
  });

  it('shows the isbryder rates of each year, and says so where a year is not known rather than give a number', () => {
    const steps = (asOf: string) => figure(at('isbryder', asOf), 'hourlySubsidySteps');
    expect(steps('2019-06-01')?.value).toEqual([28.56, 50.01, 79.68, 115.73, 154.02]);
    expect(steps('2019-06-01')).toMatchObject({ validFrom: '2019-01-01', validTo: '2019-12-31', unit: 'dkk-per-hour' });
    expect(steps('2021-06-01')?.value).toEqual([null, null, null, null, 160.24]);
    expect(steps('2021-06-01')?.explanation.da).toContain('Kun det højeste trin for 2021');
    expect(steps('2026-06-01')?.value).toBeNull();
    expect(steps('2026-06-01')?.explanation.da).toContain('kender vi ikke');
    expect(steps('2026-06-01')?.explanation.da).toContain('kommunen');
    expect(figure(at('isbryder', '2021-06-01'), 'privateAidIntensityCapPercent')?.value).toBe(75);
  });

  it('gives personlig assistance its maxWeeklyHours at the top of the result and among the figures', () => {
    const result = at('personlig-assistance', '2026-06-01');
    expect(result.maxWeeklyHours).toBe(20);
    expect(figure(result, 'maxWeeklyHours')?.value).toBe(20);
    expect(Object.keys(at('hjaelpemidler', '2026-06-01'))).toContain('figures');
    expect(at('hjaelpemidler', '2026-06-01').figures).toEqual([]);
  });

  it('refuses a date before the earliest version as a clear error', () => {
    for (const ruleSet of HKO_RULE_SET_IDS) {
      expect(() => at(ruleSet, '2018-12-31'), ruleSet).toThrow(expect.objectContaining({ code: 'as-of-outside-rule-set' }));
    }
  });

  it('keeps the figures and results plain data that survive JSON', () => {
    for (const ruleSet of HKO_RULE_SET_IDS) {
      const result = at(ruleSet, '2021-06-01');
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('copies sources and texts, so that editing a result cannot change the rule set', () => {
    const first = at('personlig-assistance', '2026-06-01');
    const note = first.criteria[0]?.source.note;
    if (note === undefined) throw new Error('expected a note');
    (note as { da: string }).da = 'ændret';
    expect(at('personlig-assistance', '2026-06-01').criteria[0]?.source.note?.da).not.toBe('ændret');
  });
});
