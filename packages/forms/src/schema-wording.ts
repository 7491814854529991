import { fieldDescription, fieldTitle, schemaForPath, type JsonSchema } from '@rummelig/core';
import type { TemplateResult } from 'lit';
import type { Translate } from './texts.js';

/** How a form words its questions and sections: the municipality's wording first, else its JSON Schema's. */
export interface SchemaWording {
  /** A question's label: `<id>.label`, else the title of the field at `path`. */
  label(t: Translate, id: string, path: string): string;
  /** A question's help text: `<id>.hint`, else the description of the field at `path`, if it has one. */
  hint(t: Translate, id: string, path: string): string | undefined;
  /** A section's heading or hint by its text key, else the title (`dialogue`) or description (`dialogue.hint`) of that group, else the key. */
  section(t: Translate, key: string): string;
}

export function schemaWording(schema: JsonSchema): SchemaWording {
  return {
    label: (t, id, path) => t.optional(`${id}.label`) ?? fieldTitle(schema, path, t.locale),
    hint: (t, id, path) => t.optional(`${id}.hint`) ?? fieldDescription(schema, path, t.locale),
    section: (t, key) => {
      const own = t.optional(key);
      if (own !== undefined) return own;
      // A key that is neither a text nor a group of the schema (a municipality's own section without its text) shows as itself.
      const [path = '', kind] = key.split('.');
      if (kind === 'hint') return fieldDescription(schema, path, t.locale) ?? key;
      return schemaForPath(schema, path) ? fieldTitle(schema, path, t.locale) : key;
    },
  };
}

/** "Du kan indtaste op til 5.000 tegn." for a text field of the schema with a maximum length, else undefined. */
export function characterLimit(t: Translate, schema: JsonSchema, path: string): string | undefined {
  const limit = schemaForPath(schema, path)?.maxLength;
  return limit === undefined ? undefined : t('characterLimit', { limit });
}

/** "Ydelse (valgfrit)": an optional question's label with the word saying so; a source label's colon ("CPR:") goes first. */
export function optionalLabel(t: Translate, label: string): string {
  return `${withoutColon(label)} ${t('optional')}`;
}

/**
 * A label of the source's ("CPR:", "Uddyb …:") without its colon, where it stands alone as a heading, a page's title
 * or a link's name: a colon there leads to nothing, and a screen reader reads it out.
 */
export function withoutColon<T extends string | TemplateResult>(content: T): T {
  return (typeof content === 'string' ? content.replace(/:\s*$/, '') : content) as T;
}

/** A yes/no answer in words, as check-your-answers shows it; undefined when unanswered. */
export function yesNoText(t: Translate, value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : t(value ? 'yes' : 'no');
}
