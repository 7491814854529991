import { describe, expect, it } from 'vitest';
import { visitationSchema } from '@rummelig/core';
import { schemaWording, yesNoText } from './schema-wording.js';
import { COMMON_TEXTS, translator } from './texts.js';

const wording = schemaWording(visitationSchema);
const da = translator(COMMON_TEXTS, 'da');

describe('the wording a form takes from its schema', () => {
  it('takes the municipality’s label and hint first, else the schema’s title and description', () => {
    const own = translator(COMMON_TEXTS, 'da', { da: { 'decision-reason.label': 'Hvorfor?', 'goals.hint': 'Tre mål.' } });
    expect(wording.label(own, 'decision-reason', 'decision/reason')).toBe('Hvorfor?');
    expect(wording.label(da, 'decision-reason', 'decision/reason')).toBe('Begrundelse for jobformidlers vurdering:');
    expect(wording.hint(own, 'goals', 'dialogue/goals')).toBe('Tre mål.');
    expect(wording.hint(da, 'goals', 'dialogue/goals')).toMatch(/\S/);
  });

  it('heads a section by its text, else by the schema’s group, and shows an unknown key as itself rather than failing', () => {
    expect(wording.section(da, 'dialogue')).toBe('Dialogtemaer og referat');
    expect(wording.section(translator(COMMON_TEXTS, 'da', { da: { dialogue: 'Samtalen' } }), 'dialogue')).toBe('Samtalen');
    expect(wording.section(da, 'municipalitySection')).toBe('municipalitySection');
    expect(wording.section(da, 'municipalitySection.hint')).toBe('municipalitySection.hint');
  });

  it('says yes and no in words, and nothing when unanswered', () => {
    expect([yesNoText(da, true), yesNoText(da, false), yesNoText(da, undefined)]).toEqual(['Ja', 'Nej', undefined]);
  });
});
