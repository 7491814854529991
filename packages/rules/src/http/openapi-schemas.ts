import { ERROR_CODES, ISSUE_CODES, SERVICE_ERROR_CODES, type JsonSchema } from '@rummelig/core';
import { CRITERION_ROLES, CRITERION_STATUSES, RULE_SET_OUTCOMES, type RuleSetId } from '../types.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const text: JsonSchema = { type: 'string' };
const date: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** The schemas shared by every rule set's result and by the errors (data contract, sections 5 and 6). */
export const SHARED_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  LocalizedText: {
    type: 'object',
    required: ['da', 'en'],
    properties: { da: text, en: text },
  },
  LegalSource: {
    type: 'object',
    description: 'The guide line or the law paragraph behind a criterion.',
    required: ['title', 'ref'],
    properties: { title: text, ref: text },
  },
  Criterion: {
    type: 'object',
    required: ['id', 'role', 'status', 'explanation', 'source'],
    properties: {
      id: text,
      role: { enum: [...CRITERION_ROLES] },
      status: { enum: [...CRITERION_STATUSES] },
      explanation: ref('LocalizedText'),
      source: ref('LegalSource'),
    },
  },
  Warning: {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: text, message: ref('LocalizedText'), criteria: { type: 'array', items: text } },
  },
  ValidationIssue: {
    type: 'object',
    description: 'One way a document breaks the data contract. The message names the path, never an answer.',
    required: ['code', 'path', 'message', 'messages'],
    properties: {
      code: { enum: [...ISSUE_CODES] },
      path: { type: 'string', description: 'JSON pointer (RFC 6901) to the value at fault; "" is the whole document.' },
      message: text,
      messages: ref('LocalizedText'),
      params: { type: 'object' },
    },
  },
  DocumentError: {
    type: 'object',
    description: 'A document that is not JSON or breaks the data contract: the first issue in error, every issue in errors. The command line writes the same line.',
    required: ['error', 'errors'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'path', 'message', 'messages'],
        properties: { code: { enum: [...ISSUE_CODES] }, path: text, message: text, messages: ref('LocalizedText') },
      },
      errors: { type: 'array', minItems: 1, items: ref('ValidationIssue') },
    },
  },
  Error: {
    type: 'object',
    description: 'Every other error: a stable code, an English message, and details that name the request, never a document.',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { enum: [...SERVICE_ERROR_CODES, ...ERROR_CODES] }, message: text },
        additionalProperties: true,
      },
    },
  },
  Valid: {
    type: 'object',
    description: 'The answer of validate for a document that keeps the data contract.',
    required: ['valid'],
    properties: { valid: { const: true } },
  },
  RuleSets: {
    type: 'object',
    required: ['ruleSets'],
    properties: {
      ruleSets: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'form', 'versions'],
          properties: {
            id: text,
            form: text,
            versions: {
              type: 'array',
              description: 'Oldest first. A version is in force from validFrom up to and including validTo (null: still in force).',
              items: {
                type: 'object',
                required: ['version', 'validFrom', 'validTo', 'title', 'options'],
                properties: {
                  version: text,
                  validFrom: date,
                  validTo: { oneOf: [date, { type: 'null' }] },
                  title: ref('LocalizedText'),
                  options: {
                    type: 'object',
                    additionalProperties: {
                      type: 'object',
                      required: ['default', 'values'],
                      properties: { default: text, values: { type: 'array', items: text } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'version'],
    properties: { status: { const: 'ok' }, version: text },
  },
};

/** The result of one rule set (data contract, section 5). A rule set may report more, such as `maxWeeklyHours`. */
export function resultSchema(ruleSet: RuleSetId): JsonSchema {
  const outcomes: { readonly recommendations: readonly string[]; readonly decisions: readonly string[] } = RULE_SET_OUTCOMES[ruleSet];
  return {
    type: 'object',
    required: ['ruleSet', 'ruleSetVersion', 'asOf', 'recommendation', 'criteria', 'missing', 'warnings', 'decision', 'explanation'],
    properties: {
      ruleSet: { const: ruleSet },
      ruleSetVersion: text,
      asOf: date,
      recommendation: { enum: [...outcomes.recommendations] },
      criteria: { type: 'array', items: ref('Criterion') },
      missing: { type: 'array', description: 'Dotted paths of answers the form expects and that are absent.', items: text },
      warnings: { type: 'array', items: ref('Warning') },
      decision: { enum: [...outcomes.decisions, null] },
      explanation: ref('LocalizedText'),
    },
    additionalProperties: true,
  };
}

export { ref };
