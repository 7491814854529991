import { Validator } from '@seriousme/openapi-schema-validator';
import { FORM_IDS, schemaOf } from '@rummelig/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from '../data-checks.js';
import { formOf } from '../rule-set-registry.js';
import { RULE_SET_CASES } from '../rule-sets/cases.js';
import { RULE_SET_IDS } from '../types.js';
import { documentSchemaName, openApiDocument, resultSchemaName } from './openapi.js';
import { start, type RunningService } from './start.js';

let service: RunningService;
let served: Record<string, unknown>;
beforeAll(async () => {
  service = await start({ port: 0, host: '127.0.0.1', signals: false });
  const response = await fetch(`${service.url}/v1/openapi.json`);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  served = (await response.json()) as Record<string, unknown>;
});
afterAll(() => service.close());

interface Operation {
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
const paths = (): Record<string, Record<string, Operation>> => served['paths'] as Record<string, Record<string, Operation>>;
const schemas = (): Record<string, unknown> => (served['components'] as { schemas: Record<string, unknown> }).schemas;

/** Every `$ref` of the document with the schema resource it is resolved in: the nearest enclosing `$id`, else the document. */
function refsOf(node: unknown, resource: unknown, found: { ref: string; resource: unknown }[] = []): { ref: string; resource: unknown }[] {
  if (Array.isArray(node)) for (const item of node as unknown[]) refsOf(item, resource, found);
  if (!isRecord(node)) return found;
  const scope = typeof node['$id'] === 'string' ? node : resource;
  if (typeof node['$ref'] === 'string') found.push({ ref: node['$ref'], resource: scope });
  for (const value of Object.values(node)) refsOf(value, scope, found);
  return found;
}

function resolvePointer(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, token) => (isRecord(node) ? node[token] : Array.isArray(node) ? (node as unknown[])[Number(token)] : undefined), root);
}

/** The service's schemas compiled, so that its real answers can be checked against them. */
function compiled(name: string): (value: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addSchema({ $id: 'urn:rummelig:openapi', components: served['components'] });
  return ajv.compile({ $ref: `urn:rummelig:openapi#/components/schemas/${name}` });
}

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(served['openapi']).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(served));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // The validator does find faults: the same document with a parameter in a place OpenAPI does not know.
    const faulty = structuredClone(served) as { paths: Record<string, { post?: { parameters: { in: string }[] } }> };
    const [parameter] = faulty.paths['/v1/evaluate/opsporing']?.post?.parameters ?? [];
    if (parameter === undefined) throw new Error('evaluate has parameters');
    parameter.in = 'body';
    expect((await new Validator().validate(faulty)).valid).toBe(false);
  });

  it('is the document openApiDocument() builds', () => {
    expect(served).toEqual(openApiDocument());
  });

  it('resolves every $ref', () => {
    const refs = refsOf(served, served);
    expect(refs.length).toBeGreaterThan(10);
    for (const { ref, resource } of refs) {
      expect(ref, ref).toMatch(/^#\//);
      expect(resolvePointer(resource, ref.slice(1)), ref).toBeDefined();
    }
  });

  it("takes as each form's request body exactly the JSON Schema core ships", () => {
    for (const form of FORM_IDS) {
      expect(schemas()[documentSchemaName(form)]).toEqual(schemaOf(form));
      expect(paths()[`/v1/validate/${form}`]?.['post']?.requestBody?.content['application/json']?.schema).toEqual({ $ref: `#/components/schemas/${documentSchemaName(form)}` });
    }
    for (const ruleSet of RULE_SET_IDS) {
      expect(paths()[`/v1/evaluate/${ruleSet}`]?.['post']?.requestBody?.content['application/json']?.schema).toEqual({
        $ref: `#/components/schemas/${documentSchemaName(formOf(ruleSet))}`,
      });
    }
  });

  it('describes every route the service answers, and each describes what the service answers', async () => {
    expect(Object.keys(paths()).sort()).toEqual(
      [...RULE_SET_IDS.map((id) => `/v1/evaluate/${id}`), ...FORM_IDS.map((form) => `/v1/validate/${form}`), '/v1/rule-sets', '/v1/openapi.json', '/healthz'].sort(),
    );
    const check = async (name: string, response: Response): Promise<void> => {
      const valid = compiled(name);
      const body: unknown = await response.json();
      expect(valid(body), `${name}: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
    };
    for (const ruleSet of RULE_SET_IDS) {
      for (const testCase of RULE_SET_CASES[ruleSet].cases.slice(0, 5)) {
        const query = new URLSearchParams({ asOf: testCase.asOf, ...testCase.options });
        const response = await fetch(`${service.url}/v1/evaluate/${ruleSet}?${query.toString()}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(testCase.input) });
        await check(resultSchemaName(ruleSet), response);
      }
    }
    await check('RuleSets', await fetch(`${service.url}/v1/rule-sets`));
    await check('Health', await fetch(`${service.url}/healthz`));
    await check('Valid', await fetch(`${service.url}/v1/validate/opsporing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"form":"opsporing","formVersion":1}' }));
    await check('DocumentError', await fetch(`${service.url}/v1/validate/opsporing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"form":"opsporing","formVersion":2}' }));
    await check('Error', await fetch(`${service.url}/v1/evaluate/nothing`, { method: 'POST' }));
    await check('Error', await fetch(`${service.url}/nowhere`));
  });

  it('rejects in its schemas what the service never answers', () => {
    expect(compiled('Error')({ error: { code: 'no-such-code', message: '…' } })).toBe(false);
    expect(compiled(resultSchemaName('opsporing'))({ ruleSet: 'opsporing' })).toBe(false);
  });
});
