import { describe, expect, it } from 'vitest';
import { parseJson } from './form-contract.js';
import { validate, validateHko, validateOpsporing } from './validate.js';
import { RummeligError } from './errors.js';
import type { FormId } from './form-ids.js';
import { thrownCode } from './testing/thrown-code.js';

const base = { form: 'opsporing', formVersion: 1 } as const;
const codesOf = (document: unknown) => {
  const result = validateOpsporing(document);
  return result.valid ? [] : result.issues.map((issue) => `${issue.code} ${issue.path}`);
};

describe('validateOpsporing accepts', () => {
  it.each([
    ['an empty but labelled document', base],
    [
      'the contract example',
      {
        ...base,
        citizen: { cpr: '010190-1234', name: 'Jens Hansen' },
        impairments: [
          { type: 'mobility', impact: 'medium', score: 5 },
          { type: 'other', impact: 'small', description: 'Migræne' },
        ],
        noImpairment: false,
        impactDescription: 'Jeg kan ikke løfte tungt.',
        medicallyDocumented: true,
        priorCompensationSchemes: false,
        priorLimitation: true,
        context: { benefit: 'dagpenge', rehabilitationTeamScreened: false },
        caseworker: { citizenWantsVisitation: true, referToVisitation: true },
      },
    ],
    ['a CPR of ten digits', { ...base, citizen: { cpr: '0101901234' } }],
    ['29 February in a leap year', { ...base, citizen: { cpr: '290200-4123' } }],
    ['"no impairment" beside an impairment without impact', { ...base, noImpairment: true, impairments: [{ type: 'adhd', impact: 'none' }] }],
    ['scores at the edges of each band', { ...base, impairments: [
      { type: 'mobility', impact: 'none', score: 0 },
      { type: 'breathing', impact: 'small', score: 1 },
      { type: 'autism', impact: 'small', score: 3 },
      { type: 'adhd', impact: 'medium', score: 4 },
      { type: 'brain-injury', impact: 'medium', score: 7 },
      { type: 'dyslexia-dyscalculia', impact: 'large', score: 8 },
      { type: 'vision-hearing', impact: 'large', score: 10 },
    ] }],
  ])('%s', (_name, document) => {
    expect(codesOf(document)).toEqual([]);
  });

  it('returns the document itself as the typed value', () => {
    const document = { ...base, noImpairment: true };
    const result = validateOpsporing(document);
    expect(result.valid && result.value).toBe(document);
  });
});

describe('validateOpsporing rejects', () => {
  it.each([
    ['a document that is not an object', [], ['not-an-object ']],
    ['null', null, ['not-an-object ']],
    ['a missing form and formVersion', {}, ['required /form', 'required /formVersion']],
    ['another form', { form: 'visitation', formVersion: 1 }, ['wrong-form /form']],
    ['another form version', { form: 'opsporing', formVersion: 2 }, ['unsupported-form-version /formVersion']],
    ['an unknown property', { ...base, favouriteColour: 'blå' }, ['unknown-property /favouriteColour']],
    ['a wrong type', { ...base, noImpairment: 'ja' }, ['wrong-type /noImpairment']],
    ['an unknown impairment type', { ...base, impairments: [{ type: 'migraine', impact: 'small' }] }, ['unknown-value /impairments/0/type']],
    ['an unknown impact', { ...base, impairments: [{ type: 'adhd', impact: 'huge' }] }, ['unknown-value /impairments/0/impact']],
    ['an impairment without impact', { ...base, impairments: [{ type: 'adhd' }] }, ['required /impairments/0/impact']],
    ['a score above 10', { ...base, impairments: [{ type: 'adhd', impact: 'large', score: 11 }] }, ['out-of-range /impairments/0/score']],
    ['a negative score', { ...base, impairments: [{ type: 'adhd', impact: 'none', score: -1 }] }, ['out-of-range /impairments/0/score']],
    // What JSON.parse makes of 1e400: a number, but no whole number and no score.
    ['a score of Infinity', { ...base, impairments: [{ type: 'adhd', impact: 'large', score: Infinity }] }, ['out-of-range /impairments/0/score']],
    ['a score that is not whole', { ...base, impairments: [{ type: 'adhd', impact: 'medium', score: 4.5 }] }, ['not-an-integer /impairments/0/score']],
    ['a score outside its band', { ...base, impairments: [{ type: 'adhd', impact: 'small', score: 4 }] }, ['score-outside-impact-band /impairments/0/score']],
    ['a duplicate impairment', { ...base, impairments: [{ type: 'adhd', impact: 'small' }, { type: 'adhd', impact: 'large' }] }, ['duplicate-impairment /impairments/1/type']],
    ['"no impairment" beside an impairment with impact', { ...base, noImpairment: true, impairments: [{ type: 'adhd', impact: 'small' }] }, ['no-impairment-conflict /noImpairment']],
    ['a CPR that is not a date', { ...base, citizen: { cpr: '320190-1234' } }, ['invalid-cpr /citizen/cpr']],
    ['29 February in a common year', { ...base, citizen: { cpr: '290201-1234' } }, ['invalid-cpr /citizen/cpr']],
    ['a CPR of the wrong shape', { ...base, citizen: { cpr: '01-01-90-1234' } }, ['too-long /citizen/cpr']],
    ['a CPR with letters', { ...base, citizen: { cpr: '010190-12A4' } }, ['invalid-cpr /citizen/cpr']],
    ['an unknown benefit', { ...base, context: { benefit: 'pension' } }, ['unknown-value /context/benefit']],
    ['too long a description', { ...base, impactDescription: 'x'.repeat(5001) }, ['too-long /impactDescription']],
    // A character outside the Basic Multilingual Plane is two UTF-16 units but one character, as JSON Schema counts.
    ['a name of 200 characters, each two UTF-16 units', { ...base, citizen: { name: '𝔄'.repeat(200) } }, []],
    ['a name of 201 such characters', { ...base, citizen: { name: '𝔄'.repeat(201) } }, ['too-long /citizen/name']],
    ['too many impairments', { ...base, impairments: Array.from({ length: 12 }, () => ({ type: 'adhd', impact: 'none' })) }, expect.arrayContaining(['too-many-items /impairments'])],
  ])('%s', (_name, document, expected) => {
    expect(codesOf(document)).toEqual(expected);
  });

  it('gives every issue a Danish and an English message, Danish by default', () => {
    const result = validateOpsporing({ ...base, citizen: { cpr: '999999-9999' } });
    expect(result.valid).toBe(false);
    const [issue] = result.issues;
    expect(issue?.message).toBe(issue?.messages.da);
    expect(issue?.messages.da).toMatch(/CPR-nummeret/);
    expect(issue?.messages.en).toMatch(/CPR number/);
    const english = validateOpsporing({ ...base, citizen: { cpr: '999999-9999' } }, { locale: 'en' });
    expect(english.issues[0]?.message).toMatch(/CPR number/);
  });

  it('never repeats an answer value in a message, because answers are health data', () => {
    const secret = 'Hemmelig diagnose 010190-1234';
    const result = validateOpsporing({ ...base, noImpairment: secret, impactDescription: 42, citizen: { cpr: secret } });
    expect(result.valid).toBe(false);
    const text = JSON.stringify(result.issues);
    expect(text).not.toContain('Hemmelig');
    expect(text).not.toContain('010190');
  });

  it('escapes property names in paths as JSON pointers', () => {
    expect(codesOf({ ...base, 'a/b~c': 1 })).toEqual(['unknown-property /a~1b~0c']);
  });
});

describe('validate', () => {
  it('throws a RummeligError for an unknown form, a mistake in the calling code', () => {
    expect(() => validate('fleksjob' as FormId, {})).toThrow(RummeligError);
    try {
      validate('fleksjob' as FormId, {});
    } catch (error) {
      expect((error as RummeligError).code).toBe('unknown-form');
    }
  });
});

describe('an unknown locale', () => {
  it('is a mistake in the call, thrown, not issues without a message', () => {
    expect(thrownCode(() => validateOpsporing({ form: 'opsporing' }, { locale: 'de' as 'da' }))).toBe('invalid-option');
    expect(thrownCode(() => parseJson('{bad', { locale: 'de' as 'da' }))).toBe('invalid-option');
    expect(thrownCode(() => parseJson('{}', { locale: 'de' as 'da' }))).toBe('invalid-option');
    // A misspelt or foreign key, or options that are no object, would otherwise give Danish messages unnoticed.
    expect(thrownCode(() => validateOpsporing({ form: 'opsporing' }, { lcoale: 'en' } as never))).toBe('invalid-option');
    expect(thrownCode(() => parseJson('{}', { asOf: '2026-01-01' } as never))).toBe('invalid-option');
    expect(thrownCode(() => validateOpsporing({ form: 'opsporing' }, null as never))).toBe('invalid-option');
    expect(thrownCode(() => parseJson('{}', 'en' as never))).toBe('invalid-option');
    expect(validateOpsporing({ form: 'opsporing' }, { locale: undefined }).valid).toBe(false);
  });
});

describe('a date written with more than the date', () => {
  it('is a date written wrong, not a text that is too long', () => {
    for (const completedOn of [' 2026-01-01', '2026-01-01T00:00:00Z']) {
      const validation = validateHko({ form: 'hko', formVersion: 1, education: { completedOn } });
      expect(validation.valid ? [] : validation.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual(['invalid-date /education/completedOn']);
    }
  });
});

describe('a score outside its band', () => {
  it('asks for the one score of an impact with one, and for a range otherwise', () => {
    const messageOf = (impact: 'none' | 'small', score: number): string | undefined => {
      const validation = validateOpsporing({ form: 'opsporing', formVersion: 1, impairments: [{ type: 'adhd', impact, score }] });
      return validation.valid ? undefined : validation.issues.find((issue) => issue.code === 'score-outside-impact-band')?.message;
    };
    expect(messageOf('none', 3)).to.equal('Tallet på skalaen 0-10 passer ikke til den valgte betydning. Ved den betydning skal tallet være 0.');
    expect(messageOf('small', 4)).to.equal('Tallet på skalaen 0-10 passer ikke til den valgte betydning. Vælg et tal fra 1 til 3.');
  });
});

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(parseJson('{"form":"opsporing"}')).toEqual({ ok: true, value: { form: 'opsporing' } });
  });

  it('says that an input of nothing but whitespace is empty', () => {
    for (const text of ['', ' \t\r\n']) {
      expect(parseJson(text, { locale: 'en' })).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid-json', path: '', message: 'The input is empty.', params: { reason: 'empty' } }) });
    }
    // A no-break space is not JSON's whitespace: the text is not empty, only not JSON.
    expect(parseJson('\u00a0', { locale: 'en' })).toEqual({ ok: false, issue: expect.objectContaining({ message: 'The input is not valid JSON.' }) });
  });

  it('returns an invalid-json issue for text that is not JSON', () => {
    const parsed = parseJson('{"form": ', { locale: 'en' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issue.code).toBe('invalid-json');
      expect(parsed.issue.path).toBe('');
      expect(parsed.issue.message).toBe('The input is not valid JSON.');
    }
  });
});
