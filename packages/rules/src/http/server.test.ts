import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { evaluateDocumentSync } from '../evaluate.js';
import { RULE_SET_CASES } from '../rule-sets/cases.js';
import { ruleSetVersions } from '../rule-set-registry.js';
import { RULE_SET_IDS } from '../types.js';
import { createServer } from './server.js';
import { start, type RunningService } from './start.js';

let service: RunningService;
beforeAll(async () => {
  service = await start({ port: 0, host: '127.0.0.1', signals: false, bodyLimit: 64 * 1024 });
});
afterAll(() => service.close());

const referred = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'adhd', impact: 'large' }],
  impactDescription: 'Jeg har svært ved at holde fokus.',
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};
const broken = { form: 'opsporing', formVersion: 1, noImpairment: 'sikkert-ikke', impairments: [{ type: 'flying', impact: 'small' }] };

async function post(path: string, body: string, type: string | null = 'application/json'): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  // A body given as bytes, unlike text, gets no content type of fetch's own.
  const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: type === null ? {} : { 'content-type': type }, body: Buffer.from(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** What `rummelig <argv>` writes for one document on stdin. */
async function cliLine(argv: string[], input: string): Promise<unknown> {
  let stdout = '';
  await main(argv, { stdin: Readable.from([Buffer.from(input)]), stdout: { write: (chunk: string) => ((stdout += chunk), true) }, stderr: { write: () => true } });
  return JSON.parse(stdout) as unknown;
}

describe('POST /v1/evaluate/{ruleSet}', () => {
  it('gives exactly what evaluateDocumentSync gives, for every case of every rule set', async () => {
    for (const ruleSet of RULE_SET_IDS) {
      for (const testCase of RULE_SET_CASES[ruleSet].cases) {
        const query = new URLSearchParams({ asOf: testCase.asOf, ...testCase.options });
        const answer = await post(`/v1/evaluate/${ruleSet}?${query.toString()}`, JSON.stringify(testCase.input));
        const expected = evaluateDocumentSync(ruleSet, testCase.input, { asOf: testCase.asOf, options: testCase.options ?? {} });
        if (!expected.ok) throw new Error(`case ${testCase.id} is invalid`);
        expect(answer.status, testCase.id).toBe(200);
        expect(answer.body, testCase.id).toEqual(JSON.parse(JSON.stringify(expected.result)));
      }
    }
  });

  it('answers JSON, keeps the connection alive, and evaluates on today in Denmark without asOf', async () => {
    const answer = await post('/v1/evaluate/opsporing', JSON.stringify(referred), 'application/json; charset=utf-8');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('connection')).toBe('keep-alive');
    expect(answer.headers.get('keep-alive')).toBe('timeout=72');
    expect(answer.body).toMatchObject({ ruleSet: 'opsporing', recommendation: 'refer', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('takes the rule set options as query parameters', async () => {
    const pastOnly = { form: 'visitation', formVersion: 1, impairments: { primary: 'adhd' }, impactPast: 'medium', impactFuture: 'none', hkoNeededNow: false, motivated: true };
    const either = await post('/v1/evaluate/visitation?asOf=2026-03-02', JSON.stringify(pastOnly));
    const future = await post('/v1/evaluate/visitation?asOf=2026-03-02&impactDimension=future', JSON.stringify(pastOnly));
    expect(either.body).toMatchObject({ recommendation: 'visit' });
    expect(future.body).toMatchObject({ recommendation: 'not-in-target-group' });
  });

  it('answers a document that is not JSON with 400 and exactly the command line error line', async () => {
    const text = '{"form": "opsporing", ';
    const answer = await post('/v1/evaluate/opsporing?asOf=2026-03-02', text);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(await cliLine(['evaluate', 'opsporing', '--as-of', '2026-03-02'], text));
    expect(answer.body).toMatchObject({ error: { code: 'invalid-json', path: '' } });
    expect((await post('/v1/evaluate/opsporing', '')).body).toMatchObject({ error: { code: 'invalid-json' } });
  });

  it('answers a document that breaks the contract with 422 and exactly the command line error line, in the language asked for', async () => {
    const answer = await post('/v1/evaluate/opsporing?asOf=2026-03-02&lang=en', JSON.stringify(broken));
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(await cliLine(['evaluate', 'opsporing', '--as-of', '2026-03-02', '--lang', 'en'], JSON.stringify(broken)));
    expect(answer.text).not.toContain('sikkert');
    expect(answer.text).not.toContain('flying');
  });

  it.each([
    ['/v1/evaluate/nothing', 404, 'unknown-rule-set'],
    ['/v1/evaluate/opsporing?asOf=2026-02-30', 400, 'invalid-as-of'],
    ['/v1/evaluate/opsporing?asOf=', 400, 'invalid-as-of'],
    ['/v1/evaluate/opsporing?asOf=2017-12-31', 400, 'as-of-outside-rule-set'],
    ['/v1/evaluate/visitation?impactDimension=past', 400, 'invalid-option'],
    ['/v1/evaluate/opsporing?impactDimension=future', 400, 'invalid-option'],
    ['/v1/evaluate/opsporing?as-of=2026-03-02', 400, 'unknown-parameter'],
    ['/v1/evaluate/opsporing?asOf=2026-03-02&asOf=2026-03-03', 400, 'invalid-parameter'],
    ['/v1/evaluate/opsporing?lang=de', 400, 'invalid-parameter'],
  ])('answers %s with %i %s, before reading the body', async (path, status, code) => {
    const answer = await post(path, JSON.stringify(referred), 'text/plain');
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  });

  it('lists the versions in force when asOf falls outside them all', async () => {
    const answer = await post('/v1/evaluate/opsporing?asOf=2017-12-31', JSON.stringify(referred));
    const versions = ruleSetVersions('opsporing').map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo }));
    expect(answer.body).toEqual({ error: expect.objectContaining({ code: 'as-of-outside-rule-set', ruleSet: 'opsporing', asOf: '2017-12-31', versions }) });
    // The code and the message come first, as the docs show an error, the details after them.
    expect(Object.keys((answer.body as { error: object }).error).slice(0, 2)).toEqual(['code', 'message']);
  });

  it.each([
    ['text/plain', 'unsupported-media-type'],
    ['application/xml', 'unsupported-media-type'],
    [null, 'unsupported-media-type'],
  ])('answers a body of type %s with 415', async (type, code) => {
    const answer = await post('/v1/evaluate/opsporing', JSON.stringify(referred), type);
    expect(answer.status).toBe(415);
    expect(answer.body).toEqual({ error: { code, message: expect.stringContaining('application/x-ndjson') } });
  });

  it('answers 415 for a POST without a body or a content type', async () => {
    const response = await fetch(`${service.url}/v1/evaluate/opsporing`, { method: 'POST' });
    expect(response.status).toBe(415);
  });

  it('answers a document over the limit with 413 and the limit', async () => {
    const large = JSON.stringify({ ...referred, impactDescription: 'x'.repeat(70 * 1024) });
    const answer = await post('/v1/evaluate/opsporing', large);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: 'payload-too-large', message: expect.stringContaining('65536'), limit: 65536 } });
  });
});

describe('POST /v1/validate/{form}', () => {
  it('answers {"valid": true} for a document that keeps the contract', async () => {
    const answer = await post('/v1/validate/opsporing', JSON.stringify(referred));
    expect(answer).toMatchObject({ status: 200, body: { valid: true } });
  });

  it('answers a document that breaks the contract with 422 and the command line error line', async () => {
    const answer = await post('/v1/validate/opsporing', JSON.stringify(broken));
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(await cliLine(['validate', 'opsporing'], JSON.stringify(broken)));
  });

  it.each([
    ['/v1/validate/nothing', 404, 'unknown-form'],
    ['/v1/validate/opsporing?asOf=2026-03-02', 400, 'unknown-parameter'],
  ])('answers %s with %i %s', async (path, status, code) => {
    const answer = await post(path, JSON.stringify(referred));
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: expect.objectContaining({ code }) });
  });
});

describe('GET routes', () => {
  it('GET /healthz', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
    const head = await fetch(`${service.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('GET /v1/rule-sets lists every rule set, its form and each version from the registry', async () => {
    const response = await fetch(`${service.url}/v1/rule-sets`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ruleSets: { id: string; form: string; versions: unknown[] }[] };
    expect(body.ruleSets.map(({ id }) => id)).toEqual([...RULE_SET_IDS]);
    for (const listed of body.ruleSets) {
      const versions = ruleSetVersions(listed.id as (typeof RULE_SET_IDS)[number]);
      expect(listed.form).toBe(versions.at(-1)?.form);
      expect(listed.versions).toEqual(
        versions.map((definition) => ({
          version: definition.version,
          validFrom: definition.validFrom,
          validTo: definition.validTo,
          title: definition.title,
          options: Object.fromEntries(Object.entries(definition.options).map(([name, option]) => [name, { default: option.default, values: Object.keys(option.values) }])),
        })),
      );
    }
  });
});

describe('errors', () => {
  it('answers an unknown route with 404', async () => {
    const response = await fetch(`${service.url}/v2/evaluate/opsporing?asOf=1`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'No route GET /v2/evaluate/opsporing. The routes are listed at /v1/openapi.json.' } });
  });

  it.each([
    ['GET', '/v1/evaluate/opsporing', 'POST'],
    ['PUT', '/v1/validate/opsporing', 'POST'],
    ['DELETE', '/v1/rule-sets', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['PATCH', '/v1/openapi.json', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await fetch(`${service.url}${path}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.json()).toEqual({ error: { code: 'method-not-allowed', message: expect.any(String), allowed: allow.split(', ') } });
  });

  it('answers a failure inside the service with 500 and nothing of the failure', async () => {
    const app = createServer();
    app.get('/fails', () => {
      throw new Error('secret detail');
    });
    const answer = await app.inject({ method: 'GET', url: '/fails' });
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({ error: { code: 'internal-error', message: 'The service failed to answer this request.' } });
    expect(answer.body).not.toMatch(/secret|at |\.ts/);
    await app.close();
  });
});
