import { FORM_IDS, schemaOf, type FormId, type JsonSchema } from '@rummelig/core';
import { version } from '../../package.json';
import { OPTION_NAMES } from '../option-values.js';
import { formOf } from '../rule-set-registry.js';
import { RULE_SET_IDS, type RuleSetId } from '../types.js';
import { ref, resultSchema, SHARED_SCHEMAS } from './openapi-schemas.js';

export const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

/** The schema name of each form's answer document and each rule set's result, as `$ref`s use them. */
export const documentSchemaName = (form: FormId): string => `document.${form}`;
export const resultSchemaName = (ruleSet: RuleSetId): string => `result.${ruleSet}`;

const jsonLines = (description: string): Record<string, { schema: JsonSchema }> =>
  Object.fromEntries(JSON_LINES_TYPES.map((type) => [type, { schema: { type: 'string', description } }]));

const errorResponse = (description: string, schema: JsonSchema = ref('Error')): object => ({
  description,
  content: { 'application/json': { schema } },
});

const LANG = {
  name: 'lang',
  in: 'query',
  description: 'Language of the messages of a document error (both languages are always in messages).',
  schema: { enum: ['da', 'en'], default: 'da' },
};

function documentRequest(form: FormId): object {
  return {
    required: true,
    content: {
      'application/json': { schema: ref(documentSchemaName(form)) },
      ...jsonLines(`JSON Lines: one ${form} answer document per line (or one document over several lines), read and answered as it arrives.`),
    },
  };
}

function documentResponses(single: JsonSchema, what: string): Record<string, object> {
  return {
    '200': {
      description: `One JSON document in: ${what}. JSON Lines in: one line per document, in input order, streamed; a document that is not JSON or breaks the contract gives its DocumentError on its line.`,
      content: { 'application/json': { schema: single }, ...jsonLines(`One JSON line per input document: ${what}, or a DocumentError.`) },
    },
    '400': errorResponse('A single document that is not JSON (DocumentError), or a bad query parameter or date (Error).', {
      oneOf: [ref('DocumentError'), ref('Error')],
    }),
    '404': errorResponse('Unknown rule set or form.'),
    '413': errorResponse('The body is larger than the service accepts.'),
    '415': errorResponse('The body is neither application/json nor JSON Lines.'),
    '422': errorResponse('A single document that is JSON and breaks the data contract.', ref('DocumentError')),
  };
}

function evaluatePath(ruleSet: RuleSetId): object {
  const options = [...OPTION_NAMES].flatMap(([name, ruleSets]) => {
    const values = ruleSets.get(ruleSet);
    return values === undefined ? [] : [{ name, in: 'query', description: `An option of rule set ${ruleSet}; its default when absent.`, schema: { enum: [...values] } }];
  });
  return {
    post: {
      operationId: `evaluate-${ruleSet}`,
      summary: `Evaluate with rule set ${ruleSet}`,
      tags: ['evaluate'],
      parameters: [
        {
          name: 'asOf',
          in: 'query',
          description: 'Evaluate with the rules in force on this date (default: today in Denmark). A date outside every version gives 400 as-of-outside-rule-set.',
          schema: { type: 'string', format: 'date' },
        },
        LANG,
        ...options,
      ],
      requestBody: documentRequest(formOf(ruleSet)),
      responses: documentResponses(ref(resultSchemaName(ruleSet)), `the ${ruleSet} result`),
    },
  };
}

function validatePath(form: FormId): object {
  return {
    post: {
      operationId: `validate-${form}`,
      summary: `Check ${form} documents against the data contract`,
      tags: ['validate'],
      parameters: [LANG],
      requestBody: documentRequest(form),
      responses: documentResponses(ref('Valid'), '{"valid": true}'),
    },
  };
}

const get = (operationId: string, summary: string, schema: JsonSchema): object => ({
  get: { operationId, summary, responses: { '200': { description: summary, content: { 'application/json': { schema } } } } },
});

/**
 * The service's OpenAPI 3.1 document, built from the JSON Schemas that
 * @rummelig/core ships (`schemaOf`) and from the rule-set registry, so it
 * cannot drift from what the service does.
 */
export function openApiDocument(): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = { ...SHARED_SCHEMAS };
  for (const form of FORM_IDS) schemas[documentSchemaName(form)] = schemaOf(form);
  for (const ruleSet of RULE_SET_IDS) schemas[resultSchemaName(ruleSet)] = resultSchema(ruleSet);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Rummelig',
      version,
      summary: 'Screening for disabilities that affect work, and eligibility for the Danish disability compensation schemes.',
      description:
        'Evaluates and validates answer documents of the Rummelig data contract. Stateless: any instance answers any request. Every error is {"error": {"code", "message", ...}} with a stable code; messages name paths and parameters, never answers.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'evaluate', description: 'Evaluate answer documents with a rule set.' },
      { name: 'validate', description: 'Check answer documents against the data contract.' },
    ],
    paths: {
      ...Object.fromEntries(RULE_SET_IDS.map((ruleSet) => [`/v1/evaluate/${ruleSet}`, evaluatePath(ruleSet)])),
      ...Object.fromEntries(FORM_IDS.map((form) => [`/v1/validate/${form}`, validatePath(form)])),
      '/v1/rule-sets': get('list-rule-sets', 'Every rule set with its form and its versions', ref('RuleSets')),
      '/v1/openapi.json': get('openapi', 'This document', { type: 'object' }),
      '/healthz': get('health', 'The service is up', ref('Health')),
    },
    components: { schemas },
  };
}
