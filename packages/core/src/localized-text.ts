/** The two languages every text of Rummelig exists in. Danish is the default. */
export type Locale = 'da' | 'en';

/** A text in Danish and English. */
export interface LocalizedText {
  readonly da: string;
  readonly en: string;
}

export const LOCALES: readonly Locale[] = ['da', 'en'];

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}
