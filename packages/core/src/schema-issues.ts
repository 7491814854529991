import { appendPointer, resolvePointer } from './json-pointer.js';
import { createIssue, type IssueParams, type ValidationIssue } from './errors.js';
import type { Locale } from './localized-text.js';
import type { SchemaError } from './generated/validator-function.js';
import type { JsonSchema } from './json-schema.js';

/** Turns the errors of a precompiled validator into Rummeligs issues with stable codes. */
export function issuesFromSchemaErrors(
  errors: readonly SchemaError[],
  schema: JsonSchema,
  document: unknown,
  locale: Locale,
): ValidationIssue[] {
  return errors.map((error) => issueFromSchemaError(error, schema, document, locale));
}

function issueFromSchemaError(error: SchemaError, schema: JsonSchema, document: unknown, locale: Locale): ValidationIssue {
  const path = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const property = String(params['missingProperty']);
      return createIssue('required', appendPointer(path, property), { property }, locale);
    }
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      return createIssue('unknown-property', appendPointer(path, property), { property }, locale);
    }
    case 'type': {
      if (path === '') return createIssue('not-an-object', path, {}, locale);
      const expected = typeNames(params['type']);
      const value = resolvePointer(document, path);
      // JSON.parse reads a number too large for a double (1e400) as Infinity, which the schema's type check refuses:
      // the value is a number, only out of every range the schema allows.
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return createIssue('out-of-range', path, rangeParams(schemaAt(schema, parentSchemaPath(error.schemaPath))), locale);
      }
      if (expected.includes('integer') && typeof value === 'number') return createIssue('not-an-integer', path, {}, locale);
      return createIssue('wrong-type', path, { expected }, locale);
    }
    case 'const':
      return constIssue(path, params['allowedValue'], locale);
    case 'enum':
      return createIssue('unknown-value', path, { allowed: stringList(params['allowedValues']) }, locale);
    case 'minimum':
    case 'maximum': {
      const bounds = schemaAt(schema, parentSchemaPath(error.schemaPath));
      return createIssue('out-of-range', path, rangeParams(bounds), locale);
    }
    case 'maxLength':
      // A date's length only bounds what is checked as a date: " 2026-01-01" is a date written wrong, not a long text.
      if (schemaAt(schema, parentSchemaPath(error.schemaPath))?.format === 'date') return createIssue('invalid-date', path, {}, locale);
      return createIssue('too-long', path, { limit: Number(params['limit']), length: codePoints(resolvePointer(document, path)) }, locale);
    case 'maxItems':
      return createIssue('too-many-items', path, { limit: Number(params['limit']) }, locale);
    default:
      // Every keyword the schemas use is mapped above; this keeps a new keyword from passing silently.
      return createIssue('unknown-value', path, {}, locale);
  }
}

function constIssue(path: string, allowed: unknown, locale: Locale): ValidationIssue {
  if (path === '/form') return createIssue('wrong-form', path, { expected: String(allowed) }, locale);
  if (path === '/formVersion') return createIssue('unsupported-form-version', path, { supported: [String(allowed)] }, locale);
  return createIssue('unknown-value', path, { allowed: [String(allowed)] }, locale);
}

// Only the bounds the schema sets: months and hours needed have no upper one.
function rangeParams(schema: JsonSchema | undefined): IssueParams {
  return {
    ...(schema?.minimum === undefined ? {} : { minimum: schema.minimum }),
    ...(schema?.maximum === undefined ? {} : { maximum: schema.maximum }),
  };
}

function typeNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : String(value).split(',');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function parentSchemaPath(schemaPath: string): string {
  return schemaPath.slice(0, schemaPath.lastIndexOf('/'));
}

/** Follows a validator's schemaPath (`#/...`) within the schema it was compiled from. */
function schemaAt(schema: JsonSchema, schemaPath: string): JsonSchema | undefined {
  const found = resolvePointer(schema, schemaPath.replace(/^#/, ''));
  return found !== null && typeof found === 'object' ? (found as JsonSchema) : undefined;
}

/** A text's length as maxLength counts it, by code points: an emoji is one character, not two. */
function codePoints(value: unknown): number {
  let length = 0;
  for (const _ of String(value)) length += 1;
  return length;
}
