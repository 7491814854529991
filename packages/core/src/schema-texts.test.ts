import { describe, expect, it } from 'vitest';
import { opsporingSchema } from './generated/opsporing-schema.js';
import { enumTitle, fieldDescription, fieldTitle } from './schema-texts.js';
import { OPSPORING_IMPAIRMENT_TYPES, IMPACT_LEVELS, BENEFITS } from './opsporing-types.js';
import { LOCALES } from './localized-text.js';
import { OPSPORING_TEXTS } from './opsporing-texts.js';

describe('texts read from the opsporing schema', () => {
  it('has the verbatim Danish question of the form', () => {
    expect(fieldTitle(opsporingSchema, 'priorCompensationSchemes', 'da')).toBe(
      'Har du tidligere gjort brug af handicapkompenserende ordninger og/eller lignende ordninger i forbindelse med job/uddannelse?',
    );
    expect(fieldTitle(opsporingSchema, 'caseworker/citizenWantsVisitation', 'da')).toBe(
      'Ønsker borger at deltage i en visitationssamtale med en jobformidler?',
    );
  });

  it('follows array items and $refs to the impairment rows', () => {
    expect(enumTitle(opsporingSchema, 'impairments/type', 'vision-hearing', 'da')).toBe('Syns- eller hørenedsættelse');
    expect(enumTitle(opsporingSchema, 'impairments/0/impact', 'small', 'en')).toBe('Small (1-3)');
    // The form offers "Ingen betydning" as an answer, so the help text names it (the source leaves the row blank instead).
    expect(fieldDescription(opsporingSchema, 'impairments/impact', 'da')).toBe(OPSPORING_TEXTS.impactHint.da);
    expect(fieldDescription(opsporingSchema, 'impairments/impact', 'en')).toBe(OPSPORING_TEXTS.impactHint.en);
    expect(fieldDescription(opsporingSchema, 'impairments/impact', 'da')).toBe('Har det ingen betydning, så vælg "Ingen betydning".');
  });

  it('labels every allowed value in both languages, so no form shows a raw code', () => {
    for (const locale of LOCALES) {
      for (const type of OPSPORING_IMPAIRMENT_TYPES) expect(enumTitle(opsporingSchema, 'impairments/type', type, locale)).not.toBe('');
      for (const impact of IMPACT_LEVELS) expect(enumTitle(opsporingSchema, 'impairments/impact', impact, locale)).not.toBe('');
      for (const benefit of BENEFITS) expect(enumTitle(opsporingSchema, 'context/benefit', benefit, locale)).not.toBe('');
    }
  });

  it('keeps the TypeScript lists and the schema enums the same', () => {
    const impairment = opsporingSchema.$defs?.['impairment']?.properties;
    expect(impairment?.['type']?.enum).toEqual(OPSPORING_IMPAIRMENT_TYPES);
    expect(impairment?.['impact']?.enum).toEqual(IMPACT_LEVELS);
    expect(opsporingSchema.properties?.['context']?.properties?.['benefit']?.enum).toEqual(BENEFITS);
  });

  it('throws for a field that has no title, a mistake in the calling code', () => {
    expect(() => fieldTitle(opsporingSchema, 'nowhere', 'da')).toThrow(/nowhere/);
  });
});
