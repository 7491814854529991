import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { ruleSetVersions } from '../rule-set-registry.js';
import { RULE_SET_CASES } from '../rule-sets/cases.js';
import { RULE_SET_IDS } from '../types.js';
import { COMPARISON_RULES } from './compare.js';
import type { ConformanceReport } from './run-suite.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function rummelig(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
  });
  return { code, stdout, stderr };
}

const totalCases = RULE_SET_IDS.reduce((sum, id) => sum + RULE_SET_CASES[id].cases.length, 0);

/** `rummelig serve` in this process, on a free port, until `stop` is called. */
let url = '';
let stop: () => void = () => undefined;
let served: Promise<number>;
let serveOutput = '';
beforeAll(async () => {
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  served = main(['serve', '--port', '0'], {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => ((serveOutput += chunk), true) },
    stderr: { write: () => true },
    env: {},
    stopSignal,
  });
  const deadline = Date.now() + 20_000;
  while (!/listening on (\S+)/.test(serveOutput)) {
    if (Date.now() > deadline) throw new Error(`rummelig serve did not start: ${serveOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  url = /listening on (\S+)/.exec(serveOutput)?.[1] ?? '';
});
afterAll(async () => {
  stop();
  expect(await served).toBe(0);
});

describe('rummelig conformance run', () => {
  it('passes every case against rummelig serve', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { code, stdout, stderr } = await rummelig(['conformance', 'run', '--url', url]);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${totalCases} passed, 0 failed`);
    for (const id of RULE_SET_IDS) expect(stdout).toMatch(new RegExp(`^${id}\\s+${RULE_SET_CASES[id].cases.length}\\s+${RULE_SET_CASES[id].cases.length}\\s+0\\s+PASS$`, 'm'));
    expect(stdout).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('runs one rule set, and reports as JSON', async () => {
    const { code, stdout } = await rummelig(['conformance', 'run', '--url', `${url}/`, '--rule-set', 'visitation', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ConformanceReport;
    expect(report.passed).toBe(true);
    expect(report.ruleSets.map((item) => item.ruleSet)).toEqual(['visitation']);
    expect(report.ruleSets[0]?.cases).toHaveLength(RULE_SET_CASES.visitation.cases.length);
  });

  it('reports the failures of a wrong implementation and exits 1', async () => {
    const wrong = await flippingProxy(url, RULE_SET_CASES.visitation.cases[0]?.id ?? '');
    try {
      const { code, stdout } = await rummelig(['conformance', 'run', '--url', wrong.url]);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^visitation\s+\d+\s+\d+\s+1\s+FAIL$/m);
      expect(stdout).toMatch(/^opsporing\s+\d+\s+\d+\s+0\s+PASS$/m);
      const flipped = RULE_SET_CASES.visitation.cases[0];
      expect(stdout).toContain(`FAIL visitation / ${flipped?.id ?? ''}\n  recommendation: expected "${flipped?.expected.recommendation ?? ''}", got "flipped"`);
      expect(stdout).toContain(`${totalCases - 1} passed, 1 failed`);

      const json = await rummelig(['conformance', 'run', '--url', wrong.url, '--json']);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as ConformanceReport;
      expect(report.passed).toBe(false);
      const failures = report.ruleSets.flatMap((item) => item.cases.filter((testCase) => !testCase.passed).map((testCase) => ({ ruleSet: item.ruleSet, ...testCase })));
      expect(failures).toEqual([
        { ruleSet: 'visitation', id: flipped?.id, passed: false, differences: [{ key: 'recommendation', expected: flipped?.expected.recommendation, actual: 'flipped' }] },
      ]);
    } finally {
      await wrong.close();
    }
  });

  it('exits 2 when the endpoint cannot be reached', async () => {
    const closed = await flippingProxy(url, '');
    await closed.close();
    const { code, stdout, stderr } = await rummelig(['conformance', 'run', '--url', closed.url]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot be reached \(ECONNREFUSED\)/);
  });
});

describe('rummelig conformance export', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rummelig-conformance-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('writes every rule set cases as plain JSON and an index with versions and the comparison rules', async () => {
    const target = join(directory, 'suite');
    const { code, stdout } = await rummelig(['conformance', 'export', target]);
    expect(code).toBe(0);
    expect(stdout).toContain(target);
    expect((await readdir(target)).sort()).toEqual([...RULE_SET_IDS.map((id) => `${id}.cases.json`), 'index.json'].sort());
    for (const id of RULE_SET_IDS) expect(JSON.parse(await readFile(join(target, `${id}.cases.json`), 'utf8'))).toEqual(RULE_SET_CASES[id]);
    const index = JSON.parse(await readFile(join(target, 'index.json'), 'utf8')) as Record<string, unknown>;
    expect(index).toMatchObject({ suite: 'rummelig-conformance', comparison: [...COMPARISON_RULES], request: expect.stringContaining('POST {url}/v1/evaluate/{ruleSet}?asOf=') });
    expect(index['ruleSets']).toEqual(
      RULE_SET_IDS.map((id) => ({
        ruleSet: id,
        form: ruleSetVersions(id).at(-1)?.form,
        file: `${id}.cases.json`,
        cases: RULE_SET_CASES[id].cases.length,
        versions: ruleSetVersions(id).map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo })),
      })),
    );
  });
});

/** A deliberately wrong implementation: passes every request on to `target`, but flips the recommendation of one case's answer. */
async function flippingProxy(target: string, caseId: string): Promise<{ url: string; close: () => Promise<void> }> {
  const flipped = RULE_SET_CASES.visitation.cases.find((testCase) => testCase.id === caseId);
  const server = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      let body = '';
      for await (const chunk of request) body += String(chunk);
      const answer = await fetch(`${target}${request.url ?? ''}`, { method: request.method ?? 'POST', headers: { 'content-type': 'application/json' }, body });
      let text = await answer.text();
      if (flipped !== undefined && request.url?.startsWith('/v1/evaluate/visitation') && body === JSON.stringify(flipped.input)) {
        text = JSON.stringify({ ...(JSON.parse(text) as object), recommendation: 'flipped' });
      }
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
