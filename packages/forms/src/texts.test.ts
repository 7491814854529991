import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from './hko-check-fields.js';
import { COMMON_TEXTS, HKO_CHECK_FORM_TEXTS, OPSPORING_FORM_TEXTS, VISITATION_FORM_TEXTS, textParts, translator } from './texts.js';

describe('the texts', () => {
  it.each([
    ['common', COMMON_TEXTS],
    ['opsporing', OPSPORING_FORM_TEXTS],
    ['visitation', VISITATION_FORM_TEXTS],
    ['hko-check', HKO_CHECK_FORM_TEXTS],
  ] as const)('exist in Danish and English, with the same placeholders (%s)', (_table, table) => {
    for (const [key, text] of Object.entries(table)) {
      expect(text.da.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(text.en), key).toEqual(placeholders(text.da));
    }
  });

  it('keep the Danish of the source verbatim: the contact sentence of the opsporingsskema (linje 1769)', () => {
    expect(COMMON_TEXTS.contactFull.da).toBe(
      'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte {who} på tlf. {phone} eller e-mail: {email}',
    );
    expect(OPSPORING_FORM_TEXTS.jobBrokerDecides.da).toMatch(/^Hvis du takker ja til en visitationssamtale, kan vi ikke garantere dig/);
  });
});

describe('the check of the schemes', () => {
  it('names every question answered with a number or a date, for its error messages', () => {
    const asked = QUESTIONS.filter((question) => question.kind === 'number' || question.kind === 'date');
    expect(asked.length).toBeGreaterThan(0);
    for (const { field } of asked) {
      const name = (HKO_CHECK_FORM_TEXTS as Readonly<Record<string, { da: string; en: string } | undefined>>)[`${field}.name`];
      expect(name?.da, field).toBeTruthy();
      expect(name?.en, field).toBeTruthy();
    }
  });
});

describe('translator', () => {
  const table = { ...COMMON_TEXTS, ...OPSPORING_FORM_TEXTS };

  it('looks a text up in the language, and fills its placeholders', () => {
    expect(translator(table, 'da')('progress', { current: 2, total: 7 })).toBe('Trin 2 af 7');
    expect(translator(table, 'en')('progress', { current: 2, total: 7 })).toBe('Step 2 of 7');
  });

  it('writes a number as the language writes it', () => {
    expect(translator(table, 'da')('characterLimit', { limit: 5000 })).toBe('Du kan indtaste op til 5.000 tegn.');
    expect(translator(table, 'en')('characterLimit', { limit: 5000 })).toBe('You can enter up to 5,000 characters.');
    expect(translator(table, 'da')('progress', { current: 7.5, total: '7.5' }), 'text is left as it is').toBe('Trin 7,5 af 7.5');
  });

  it('takes the municipality’s wording first, for that language only, and for keys the tables lack', () => {
    const t = translator(table, 'da', { da: { submit: 'Send til jobcentret', 'name.label': 'Dit navn' }, en: { submit: 'Send' } });
    expect(t('submit')).toBe('Send til jobcentret');
    expect(t.optional('name.label')).toBe('Dit navn');
    expect(translator(table, 'en', { da: { submit: 'Send til jobcentret' } })('submit')).toBe('Send answers');
  });

  it('has no text for an unknown key: optional() says so, and the key shows where a text was expected', () => {
    const t = translator(table, 'da');
    expect(t.optional('no-such-key')).toBeUndefined();
    expect(t('no-such-key')).toBe('no-such-key');
  });

  it('ignores inherited keys in the overrides', () => {
    const t = translator(table, 'da', { da: Object.create({ submit: 'Arvet' }) as Record<string, string> });
    expect(t('submit')).toBe('Send svar');
  });
});

describe('textParts', () => {
  it('splits a text at its placeholders', () => {
    expect(textParts('kontakte {who} på tlf. {phone}.')).toEqual([
      { text: 'kontakte ' },
      { text: '{who}', placeholder: 'who' },
      { text: ' på tlf. ' },
      { text: '{phone}', placeholder: 'phone' },
      { text: '.' },
    ]);
  });
});

describe('docs/texts.md', () => {
  it('lists every key a municipality can override', () => {
    const doc = readFileSync(new URL('../../../docs/texts.md', import.meta.url), 'utf8');
    for (const key of Object.keys({ ...COMMON_TEXTS, ...OPSPORING_FORM_TEXTS, ...VISITATION_FORM_TEXTS, ...HKO_CHECK_FORM_TEXTS })) expect(doc, key).toContain(`\`${key}\``);
  });
});
