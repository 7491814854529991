import { describe, expect, it } from 'vitest';
import { hkoSchema } from './generated/hko-schema.js';
import { AID_KINDS, EMPLOYER_SECTORS, SITUATIONS } from './hko-types.js';
import { LOCALES } from './localized-text.js';
import { enumTitle, fieldTitle } from './schema-texts.js';
import { parseJson } from './form-contract.js';
import { validate, validateHko } from './validate.js';

const base = { form: 'hko', formVersion: 1 } as const;
const codesOf = (document: unknown): string[] => {
  const result = validateHko(document);
  return result.valid ? [] : result.issues.map((issue) => `${issue.code} ${issue.path}`);
};

/** The example of data contract section 4, answer for answer. */
const CONTRACT_EXAMPLE = {
  ...base,
  situation: 'employed',
  weeklyHours: 37,
  impairment: { longLasting: true, significant: true, selfAssessedDifficulty: true },
  personalAssistance: { neededHoursPerWeek: 15, coreTasksSelf: true, specialFullTimeCase: false, entitledToSps: false },
  aid: { kind: 'work-tool', customary: false, beyondEmployerDuty: true, decisive: true, compensates: true },
  education: { months: 36, unemploymentInsuranceQualifying: true, completedOn: '2025-06-30', experienceInField: false },
  isbryder: { plannedStart: '2026-09-01', durationMonths: 12, employerIsLastEmployer: false, employerSector: 'private' },
  fortrinsadgang: { employerIsPublic: true, referredByJobcentre: false, invokedByApplicant: true, meetsFormalRequirements: true, filledInternally: false },
  mentor: { requestedMonths: 6, psychiatricDischarge: false },
};

describe('validateHko accepts', () => {
  it.each([
    ['an empty but labelled document', base],
    ['the contract example', CONTRACT_EXAMPLE],
    ['hours and months that are not whole numbers', { ...base, weeklyHours: 18.5, personalAssistance: { neededHoursPerWeek: 7.5 }, education: { months: 17.9 } }],
    ['the limits of the hours', { ...base, weeklyHours: 80, personalAssistance: { neededHoursPerWeek: 0 } }],
    // The contract bounds only weeklyHours from above; a longer period is an answer the rules judge, not an error.
    [
      'months and hours needed with no upper limit',
      { ...base, personalAssistance: { neededHoursPerWeek: 200 }, education: { months: 700 }, isbryder: { durationMonths: 601 }, mentor: { requestedMonths: 1000 } },
    ],
    ['a leap day', { ...base, education: { completedOn: '2024-02-29' } }],
  ])('%s', (_name, document) => {
    expect(codesOf(document)).toEqual([]);
  });

  it('through the generic validate as well', () => {
    expect(validate('hko', CONTRACT_EXAMPLE).valid).toBe(true);
  });
});

describe('validateHko rejects', () => {
  it.each([
    ['an unknown situation', { ...base, situation: 'retired' }, ['unknown-value /situation']],
    ['more than 80 working hours a week', { ...base, weeklyHours: 81 }, ['out-of-range /weeklyHours']],
    ['negative hours', { ...base, personalAssistance: { neededHoursPerWeek: -1 } }, ['out-of-range /personalAssistance/neededHoursPerWeek']],
    ['negative months', { ...base, education: { months: -3 } }, ['out-of-range /education/months']],
    ['a date that does not exist', { ...base, education: { completedOn: '2025-02-29' } }, ['invalid-date /education/completedOn']],
    ['a date in another format', { ...base, isbryder: { plannedStart: '01-09-2026' } }, ['invalid-date /isbryder/plannedStart']],
    ['a date that is no text', { ...base, isbryder: { plannedStart: 20260901 } }, ['wrong-type /isbryder/plannedStart']],
    ['a judgement that is not yes or no', { ...base, impairment: { significant: 'ja' } }, ['wrong-type /impairment/significant']],
    ['an unknown kind of aid', { ...base, aid: { kind: 'car' } }, ['unknown-value /aid/kind']],
    ['an unknown sector', { ...base, isbryder: { employerSector: 'ngo' } }, ['unknown-value /isbryder/employerSector']],
    ['an answer the form does not have', { ...base, mentor: { hours: 3 } }, ['unknown-property /mentor/hours']],
    ['a citizen, which the check does not ask for', { ...base, citizen: { name: 'x' } }, ['unknown-property /citizen']],
    ['another form version', { ...base, formVersion: 2 }, ['unsupported-form-version /formVersion']],
  ])('%s', (_name, document, expected) => {
    expect(codesOf(document)).toEqual(expected);
  });

  it('states only the bounds a number has', () => {
    const issuesOf = (document: unknown, locale: 'da' | 'en') => {
      const result = validateHko(document, { locale });
      return result.valid ? [] : result.issues;
    };
    const [negative] = issuesOf({ ...base, mentor: { requestedMonths: -1 } }, 'da');
    expect(negative).toMatchObject({ code: 'out-of-range', path: '/mentor/requestedMonths', message: 'Tallet skal være mindst 0.' });
    const [tooMany] = issuesOf({ ...base, weeklyHours: 81 }, 'en');
    expect(tooMany?.message).toBe('The number must be between 0 and 80.');
  });

  it('reports a number that JSON reads as Infinity as out of range, with the bounds the schema sets', () => {
    const issuesOf = (text: string) => {
      const parsed = parseJson(text);
      if (!parsed.ok) throw new Error('the text is JSON');
      const result = validateHko(parsed.value, { locale: 'en' });
      return result.valid ? [] : result.issues;
    };
    expect(issuesOf('{"form":"hko","formVersion":1,"weeklyHours":1e400}')).toEqual([
      expect.objectContaining({ code: 'out-of-range', path: '/weeklyHours', params: { minimum: 0, maximum: 80 }, message: 'The number must be between 0 and 80.' }),
    ]);
    expect(issuesOf('{"form":"hko","formVersion":1,"personalAssistance":{"neededHoursPerWeek":-1e400}}')).toEqual([
      expect.objectContaining({ code: 'out-of-range', path: '/personalAssistance/neededHoursPerWeek', params: { minimum: 0 } }),
    ]);
  });

  it('names paths, never the dates or numbers given, in its messages', () => {
    const result = validateHko({ ...base, education: { completedOn: '2025-02-29' }, weeklyHours: 99.25 });
    expect(result.valid).toBe(false);
    const text = JSON.stringify(result.issues);
    expect(text).not.toContain('2025-02-29');
    expect(text).not.toContain('99.25');
  });
});

describe('the hko schema texts', () => {
  it.each(LOCALES)('label every answer and every choice in %s', (locale) => {
    const fields = ['situation', 'weeklyHours', 'impairment/longLasting', 'impairment/significant', 'impairment/selfAssessedDifficulty', 'personalAssistance/neededHoursPerWeek',
      'personalAssistance/coreTasksSelf', 'personalAssistance/specialFullTimeCase', 'personalAssistance/entitledToSps', 'aid/kind', 'aid/customary',
      'aid/beyondEmployerDuty', 'aid/decisive', 'aid/compensates', 'education/months', 'education/unemploymentInsuranceQualifying', 'education/completedOn',
      'education/experienceInField', 'isbryder/plannedStart', 'isbryder/durationMonths', 'isbryder/employerIsLastEmployer', 'isbryder/employerSector',
      'fortrinsadgang/employerIsPublic', 'fortrinsadgang/referredByJobcentre', 'fortrinsadgang/invokedByApplicant', 'fortrinsadgang/meetsFormalRequirements',
      'fortrinsadgang/filledInternally', 'mentor/requestedMonths', 'mentor/psychiatricDischarge'];
    for (const path of fields) expect(fieldTitle(hkoSchema, path, locale).length, path).toBeGreaterThan(3);
    for (const value of SITUATIONS) expect(enumTitle(hkoSchema, 'situation', value, locale)).not.toBe('');
    for (const value of AID_KINDS) expect(enumTitle(hkoSchema, 'aid/kind', value, locale)).not.toBe('');
    for (const value of EMPLOYER_SECTORS) expect(enumTitle(hkoSchema, 'isbryder/employerSector', value, locale)).not.toBe('');
  });

  it('lists the same choices as the types', () => {
    expect(hkoSchema.properties?.['situation']?.enum).toEqual(SITUATIONS);
    expect(hkoSchema.properties?.['aid']?.properties?.['kind']?.enum).toEqual(AID_KINDS);
  });
});
