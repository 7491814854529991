import type { LocalizedText } from '@rummelig/core';
import type { LegalSource } from './types.js';

// Results carry copies, so that a caller editing a result cannot reach the frozen rule set it came from.

export function copyText(text: LocalizedText): LocalizedText {
  return { da: text.da, en: text.en };
}

export function copySource(source: LegalSource): LegalSource {
  return source.note === undefined ? { ...source } : { ...source, note: copyText(source.note) };
}
