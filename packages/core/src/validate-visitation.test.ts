import { describe, expect, it } from 'vitest';
import { validateVisitation } from './validate.js';
import { fieldDescription, fieldTitle, enumTitle } from './schema-texts.js';
import { visitationSchema } from './generated/visitation-schema.js';
import { PROSPECTS, SCHEME_IDS, VISITATION_IMPAIRMENT_TYPES } from './visitation-types.js';
import { LOCALES } from './localized-text.js';

const base = { form: 'visitation', formVersion: 1 } as const;
const codesOf = (document: unknown) => {
  const result = validateVisitation(document);
  return result.valid ? [] : result.issues.map((issue) => `${issue.code} ${issue.path}`);
};

describe('validateVisitation accepts', () => {
  it.each([
    ['an empty but labelled document', base],
    [
      'the contract example',
      {
        ...base,
        citizen: { cpr: '010190-1234', name: 'Jens Hansen' },
        dialogue: {
          experience: 'Lager og kundeservice',
          jobFunctions: 'Plukning, kasse',
          impairment: 'Rygsmerter',
          supportAndStartConditions: 'Hæve-sænkebord, korte dage i starten',
          goals: ['Lagerassistent', 'Kundeservice', 'Kontorassistent'],
        },
        impairments: { primary: 'back-neck', secondary: 'mental-illness', others: [], note: 'Diskusprolaps' },
        impactPast: 'small',
        impactFuture: 'medium',
        hkoNeededBefore: false,
        hkoNeededNow: true,
        hkoSchemes: ['personlig-assistance'],
        prospectsCitizen: 'poor',
        prospectsJobformidler: 'some',
        motivated: true,
        reinviteLater: false,
        decision: { referToProgramme: true, reason: 'Opfylder kriterierne' },
      },
    ],
    ['fewer than three goals while the minutes are being written', { ...base, dialogue: { goals: ['Lager'] } }],
  ])('%s', (_name, document) => {
    expect(codesOf(document)).toEqual([]);
  });
});

describe('validateVisitation rejects', () => {
  it.each([
    ['more than three goals', { ...base, dialogue: { goals: ['a', 'b', 'c', 'd'] } }, ['too-many-items /dialogue/goals']],
    ['a goal that is not text', { ...base, dialogue: { goals: ['a', 2] } }, ['wrong-type /dialogue/goals/1']],
    ['a step-1 impairment name that step 2 does not have', { ...base, impairments: { primary: 'mobility' } }, ['unknown-value /impairments/primary']],
    ['the same impairment as primary and secondary', { ...base, impairments: { primary: 'adhd', secondary: 'adhd' } }, ['duplicate-impairment /impairments/secondary']],
    ['the primary impairment again among the others', { ...base, impairments: { primary: 'adhd', others: ['skin', 'adhd'] } }, ['duplicate-impairment /impairments/others/1']],
    ['an unknown impact', { ...base, impactFuture: 'huge' }, ['unknown-value /impactFuture']],
    ['an unknown prospect', { ...base, prospectsCitizen: 'bad' }, ['unknown-value /prospectsCitizen']],
    ['an unknown scheme', { ...base, hkoSchemes: ['flexjob'] }, ['unknown-value /hkoSchemes/0']],
    ['a scheme listed twice', { ...base, hkoSchemes: ['mentor', 'mentor'] }, ['duplicate-value /hkoSchemes/1']],
    ['a decision that is not yes or no', { ...base, decision: { referToProgramme: 'ja' } }, ['wrong-type /decision/referToProgramme']],
    ['a CPR that is not a date', { ...base, citizen: { cpr: '999999-9999' } }, ['invalid-cpr /citizen/cpr']],
    ['a field step 2 does not have', { ...base, noImpairment: true }, ['unknown-property /noImpairment']],
    ['an opsporing document', { form: 'opsporing', formVersion: 1 }, ['wrong-form /form']],
  ])('%s', (_name, document, expected) => {
    expect(codesOf(document)).toEqual(expected);
  });
});

describe('texts of the visitation schema', () => {
  it('carries the dialogue themes with their help questions in both languages', () => {
    const theme = visitationSchema.properties?.['dialogue']?.properties?.['impairment'];
    expect(theme?.title).toBe('Funktionsnedsættelse');
    expect(theme?.['x-help-questions']?.da).toContain('Er der noget fysisk eller psykisk, der hindrer dig?');
    expect(theme?.['x-help-questions']?.en).toHaveLength(theme?.['x-help-questions']?.da.length ?? -1);
    expect(fieldDescription(visitationSchema, 'dialogue/goals', 'da')).toMatch(/ligestillede/);
  });

  it('has the verbatim questions of the vurderingsskema', () => {
    expect(fieldTitle(visitationSchema, 'motivated', 'da')).toBe('Er borger motiveret for at deltage i indsatsen?');
    expect(fieldTitle(visitationSchema, 'decision/referToProgramme', 'da')).toBe(
      'Vurderer jobformidler, at borger skal henvises videre til indsatsen?',
    );
  });

  it('labels every allowed value in both languages', () => {
    for (const locale of LOCALES) {
      for (const type of VISITATION_IMPAIRMENT_TYPES) expect(enumTitle(visitationSchema, 'impairments/primary', type, locale)).not.toBe('');
      for (const prospect of PROSPECTS) expect(enumTitle(visitationSchema, 'prospectsCitizen', prospect, locale)).not.toBe('');
      for (const scheme of SCHEME_IDS) expect(enumTitle(visitationSchema, 'hkoSchemes/0', scheme, locale)).not.toBe('');
    }
    expect(visitationSchema.properties?.['impairments']?.properties?.['primary']?.enum).toEqual(VISITATION_IMPAIRMENT_TYPES);
  });
});
