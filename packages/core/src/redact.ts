import type { JsonSchema } from './json-schema.js';
import { isFormId, type FormDocuments, type FormId } from './form-ids.js';
import { schemaOf } from './validate.js';
import { RummeligError } from './errors.js';

/**
 * A copy of an answer document fit for statistics: without the citizen's
 * identity (CPR number and name) and without any free text, which may name
 * people, diagnoses or places. What stays are the closed answers: choices,
 * yes/no, scales and numbers. Free text is known from the schema (a string
 * with no fixed set of values), so a field added later is redacted too.
 * Never changes its input.
 */
export function redact<F extends FormId>(form: F, document: FormDocuments[F]): FormDocuments[F] {
  if (!isFormId(form)) throw new RummeligError('unknown-form', `Unknown form "${String(form)}".`, { form });
  const schema = schemaOf(form);
  const { citizen: _identity, ...rest } = document as FormDocuments[F] & { citizen?: unknown };
  return redactValue(rest, schema, schema) as FormDocuments[F];
}

function redactValue(value: unknown, schema: JsonSchema | undefined, root: JsonSchema): unknown {
  const resolved = resolve(schema, root);
  if (Array.isArray(value)) {
    return value.map((item) => redactValue(item, resolved?.items, root)).filter((item) => item !== REMOVED);
  }
  if (value !== null && typeof value === 'object') {
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const redacted = redactValue(item, resolved?.properties?.[key], root);
      if (redacted !== REMOVED) Object.defineProperty(kept, key, { value: redacted, enumerable: true, writable: true, configurable: true });
    }
    return kept;
  }
  if (typeof value === 'string' && isFreeText(resolved)) return REMOVED;
  return value;
}

const REMOVED = Symbol('removed');

/** A string field whose values are not a fixed list; one the schema does not describe counts as free text too. */
function isFreeText(schema: JsonSchema | undefined): boolean {
  return schema === undefined || (schema.enum === undefined && schema.const === undefined);
}

function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  const name = schema?.$ref === undefined ? undefined : /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
  return name === undefined ? schema : root.$defs?.[name];
}
