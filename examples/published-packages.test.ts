import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { consumerLockfile, type PackedPackage } from './consumer-lockfile.js';

/**
 * The three packages as a consumer gets them: packed, installed into a project
 * outside the workspace from the npm cache alone, and used from there through
 * their exports maps, their command line and their bundle.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'rules', 'forms'] as const;
const SLOW = 300_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let work = '';
let project = '';
let packed: (PackedPackage & { readonly files: readonly string[] })[] = [];

function run(command: string, args: readonly string[], options: { cwd: string; input?: string; timeout?: number }): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd: options.cwd, input: options.input, encoding: 'utf8', timeout: options.timeout ?? 120_000 });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

beforeAll(() => {
  for (const name of PACKAGES) {
    if (!existsSync(join(ROOT, 'packages', name, 'dist', 'index.js'))) throw new Error(`packages/${name}/dist is missing: run "npm run build" first ("npm test" does).`);
  }
  work = mkdtempSync(join(tmpdir(), 'rummelig-consumer-'));
  const pack = run(npm, ['pack', '--json', '--pack-destination', work, ...PACKAGES.flatMap((name) => ['-w', `packages/${name}`])], { cwd: ROOT });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const manifests = JSON.parse(pack.stdout) as { name: string; version: string; filename: string; integrity: string; files: { path: string }[] }[];
  packed = manifests.map((item, index) => ({
    name: item.name,
    version: item.version,
    filename: item.filename,
    integrity: item.integrity,
    directory: `packages/${PACKAGES[index] ?? ''}`,
    files: item.files.map((file) => file.path),
  }));

  project = join(work, 'project');
  mkdirSync(project);
  const registry = run(npm, ['config', 'get', 'registry'], { cwd: ROOT }).stdout.trim();
  const lockfile = consumerLockfile(join(ROOT, 'package-lock.json'), packed, 'rummelig-consumer', registry);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'rummelig-consumer', private: true, type: 'module', dependencies: (lockfile as { packages: Record<string, { dependencies: object }> }).packages['']?.dependencies }, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
  // --offline: npm takes everything from its cache and fails at once, never fetching, when something is not there.
  const install = run(npm, ['install', '--offline', '--no-audit', '--no-fund'], { cwd: project, timeout: 240_000 });
  if (install.status !== 0) {
    const missing = /ENOTCACHED[^]*?request to (\S+)/.exec(install.stderr)?.[1];
    throw new Error(
      missing === undefined
        ? `npm install --offline failed: ${install.stderr}`
        : `The npm cache lacks ${missing}, so the packages cannot be installed without the network: run "npm ci" at the repository root first.\n${install.stderr}`,
    );
  }
}, SLOW);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the published packages', { timeout: SLOW }, () => {
  it('contain no tests and no test helpers, and carry their README and licence', () => {
    for (const item of packed) {
      expect(item.files.filter((path) => /\.test\.ts$|browser-test-helpers|\/testing\//.test(path)), item.name).toEqual([]);
      expect(item.files, item.name).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
    }
    expect(packed.find((item) => item.name === '@rummelig/rules')?.files).toEqual(expect.arrayContaining(['bin/rummelig.js', 'dist/cli.js', 'dist/http.js', 'dist/conformance.js']));
  });

  it('have every export that a consumer can resolve point at a file that is there', () => {
    const require = createRequire(join(project, 'package.json'));
    for (const item of packed) {
      const directory = join(project, 'node_modules', item.name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        const targets = typeof target === 'string' ? { default: target } : target;
        for (const [condition, file] of Object.entries(targets)) {
          if (file.includes('*')) continue;
          expect(existsSync(join(directory, file)), `${item.name} ${subpath} ${condition} → ${file}`).toBe(true);
        }
        if (!subpath.includes('*')) expect(require.resolve(`${item.name}${subpath.slice(1)}`)).toContain(directory);
      }
    }
  });

  it('validate and evaluate a document through the API, and serve it over HTTP', () => {
    writeFileSync(
      join(project, 'use-api.mjs'),
      `import { validate } from '@rummelig/core';
import { generatePopulation } from '@rummelig/core/population';
import { evaluateDocumentSync, RULE_SET_IDS } from '@rummelig/rules';
import { createServer } from '@rummelig/rules/http';
import { RULE_SET_CASES } from '@rummelig/rules/conformance';

const document = {
  form: 'opsporing', formVersion: 1,
  impairments: [{ type: 'mobility', impact: 'medium' }],
  impactDescription: 'Jeg kan ikke stå op i længere tid.',
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};
const checked = validate('opsporing', document);
const broken = validate('opsporing', { form: 'opsporing', formVersion: 1, noImpairment: 'ja' });
const evaluation = evaluateDocumentSync('opsporing', document, { asOf: '2026-03-02' });
const app = createServer();
const answer = await app.inject({ method: 'POST', url: '/v1/evaluate/opsporing?asOf=2026-03-02', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(document) });
await app.close();
const population = [...generatePopulation('opsporing', { seed: 1, count: 3 })].length;
console.log(JSON.stringify({ valid: checked.valid, broken: broken.issues.map((issue) => issue.code), recommendation: evaluation.result.recommendation, served: answer.json().recommendation, ruleSets: RULE_SET_IDS, cases: Object.keys(RULE_SET_CASES), population }));
`,
    );
    const result = run(process.execPath, ['use-api.mjs'], { cwd: project });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      broken: ['wrong-type'],
      recommendation: 'refer',
      served: 'refer',
      ruleSets: expect.arrayContaining(['opsporing', 'visitation']),
      cases: expect.arrayContaining(['opsporing', 'visitation']),
      population: 3,
    });
  });

  it('type-check for a TypeScript consumer under Node16 module resolution', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { validate, type OpsporingAnswers, type ValidationIssue } from '@rummelig/core';
import { evaluateSync, type EvaluationResult } from '@rummelig/rules';
import { start, type RunningService } from '@rummelig/rules/http';
import { runConformance, type ConformanceReport } from '@rummelig/rules/conformance';
import type { RummeligOpsporing } from '@rummelig/forms';

const answers: OpsporingAnswers = { form: 'opsporing', formVersion: 1, noImpairment: true };
const issues: readonly ValidationIssue[] = validate('opsporing', answers).issues;
const result: EvaluationResult<'opsporing'> = evaluateSync('opsporing', answers, { asOf: '2026-03-02' });
export const recommendation: 'refer' | 'do-not-refer' | 'undetermined' | 'skip-to-visitation' = result.recommendation;
export const service: () => Promise<RunningService> = () => start({ port: 0 });
export const report: (url: string) => Promise<ConformanceReport> = (url) => runConformance({ url });
export const element: (node: RummeligOpsporing) => unknown = (node) => node.answers;
export const count = issues.length;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    const result = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('run the installed rummelig command line on a document, and its HTTP service', async () => {
    const bin = join(project, 'node_modules', '.bin', 'rummelig');
    const evaluated = run(bin, ['evaluate', 'opsporing', '--as-of', '2026-03-02'], { cwd: project, input: '{"form":"opsporing","formVersion":1,"noImpairment":true}\nnot json\n' });
    expect(evaluated.stderr).toBe('');
    expect(evaluated.status).toBe(1);
    const lines = evaluated.stdout.trimEnd().split('\n').map((line): unknown => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ ruleSet: 'opsporing', recommendation: 'do-not-refer' }), expect.objectContaining({ error: expect.objectContaining({ code: 'invalid-json' }) })]);

    const serve = spawn(bin, ['serve', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stdout = '';
      serve.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const deadline = Date.now() + 30_000;
      while (!/listening on (\S+)/.test(stdout)) {
        if (Date.now() > deadline || serve.exitCode !== null) throw new Error(`rummelig serve did not start: ${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const url = /listening on (\S+)/.exec(stdout)?.[1] ?? '';
      const conformance = run(bin, ['conformance', 'run', '--url', url, '--rule-set', 'opsporing'], { cwd: project });
      expect(conformance.stdout).toMatch(/\d+ passed, 0 failed/);
      expect(conformance.status).toBe(0);
      const exited = once(serve, 'exit');
      serve.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      serve.kill('SIGKILL');
    }
  });

  it('load the self-contained bundle in Chromium, where both elements are defined and render', async () => {
    const bundle = createRequire(join(project, 'package.json')).resolve('@rummelig/forms/bundle');
    expect(bundle).toBe(join(project, 'node_modules', '@rummelig', 'forms', 'dist', 'rummelig-forms.js'));
    const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Rummelig</title><script type="module" src="/rummelig-forms.js"></script></head>
<body><rummelig-opsporing></rummelig-opsporing><rummelig-visitation></rummelig-visitation></body></html>`;
    const server = createServer((request, response) => {
      const headers = { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" };
      if (request.url === '/') response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (request.url === '/rummelig-forms.js') response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(readFileSync(bundle));
      else if (request.url === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(String(error)));
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      tab.on('request', (request) => {
        if (!request.url().startsWith(origin)) problems.push(`request to ${request.url()}`);
      });
      await tab.goto(`${origin}/`, { waitUntil: 'networkidle0' });
      await tab.waitForFunction(() => customElements.get('rummelig-opsporing') !== undefined && customElements.get('rummelig-visitation') !== undefined);
      const rendered = await tab.evaluate(() =>
        ['rummelig-opsporing', 'rummelig-visitation'].map((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return { tag, form: root?.querySelector('form') !== null && root?.querySelector('form') !== undefined, fields: root?.querySelectorAll('input, select, textarea').length ?? 0, text: (root?.textContent ?? '').trim().length };
        }),
      );
      for (const element of rendered) {
        expect(element.form, element.tag).toBe(true);
        expect(element.fields, element.tag).toBeGreaterThan(5);
        expect(element.text, element.tag).toBeGreaterThan(100);
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
