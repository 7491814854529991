import type { JsonSchema } from './json-schema.js';
import type { Locale, LocalizedText } from './localized-text.js';

/**
 * The sub-schema describing a property path such as `impairments/type` or
 * `caseworker/citizenWantsVisitation`; array items and local `$ref`s are followed.
 */
export function schemaForPath(schema: JsonSchema, path: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const segment of path.split('/').filter(Boolean)) {
    current = current && followRef(schema, current);
    if (!current) return undefined;
    if (current.items && /^\d+$/.test(segment)) current = current.items;
    else current = current.properties?.[segment] ?? (current.items ? followRef(schema, current.items)?.properties?.[segment] : undefined);
  }
  return current && followRef(schema, current);
}

function followRef(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  if (!schema.$ref) return schema;
  const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
  return name === undefined ? undefined : root.$defs?.[name];
}

/** The title of a field in a language: Danish from `title`, English from `x-en`. */
export function fieldTitle(schema: JsonSchema, path: string, locale: Locale): string {
  const field = schemaForPath(schema, path);
  const title = locale === 'en' ? field?.['x-en']?.title : field?.title;
  if (title === undefined) throw new Error(`No ${locale} title for "${path}" in ${schema.$id ?? 'schema'}.`);
  return title;
}

/** The help text of a field, if it has one. */
export function fieldDescription(schema: JsonSchema, path: string, locale: Locale): string | undefined {
  const field = schemaForPath(schema, path);
  return locale === 'en' ? field?.['x-en']?.description : field?.description;
}

/** The label of one allowed value of an enum field. */
export function enumTitle(schema: JsonSchema, path: string, value: string, locale: Locale): string {
  const titles: Readonly<Record<string, LocalizedText>> | undefined = schemaForPath(schema, path)?.['x-enum-titles'];
  const title = titles?.[value]?.[locale];
  if (title === undefined) throw new Error(`No ${locale} label for "${value}" of "${path}" in ${schema.$id ?? 'schema'}.`);
  return title;
}
