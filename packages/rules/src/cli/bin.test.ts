import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/rummelig.js', import.meta.url));
const builtCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function rummelig(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(builtCli)) {
    throw new Error(`${builtCli} is missing: run "npm run build" at the repository root first ("npm test" does).`);
  }
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  return { status, stdout, stderr };
}

describe('bin/rummelig.js', () => {
  it('evaluates JSON Lines from stdin with the built command line', () => {
    const documents = [
      { form: 'opsporing', formVersion: 1, noImpairment: true, caseworker: { citizenWantsVisitation: true, referToVisitation: false } },
      'not json',
      { form: 'opsporing', formVersion: 1, context: { rehabilitationTeamScreened: true } },
    ];
    const input = documents.map((document) => (typeof document === 'string' ? document : JSON.stringify(document))).join('\n');
    const { status, stdout, stderr } = rummelig(['evaluate', 'opsporing', '--as-of', '2026-03-02'], `${input}\n`);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line): unknown => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ recommendation: 'do-not-refer', decision: 'do-not-refer', asOf: '2026-03-02' }),
      expect.objectContaining({ error: expect.objectContaining({ code: 'invalid-json' }) }),
      expect.objectContaining({ recommendation: 'skip-to-visitation', missing: [] }),
    ]);
  });

  it('evaluates visitation with --impact-dimension, a bad line in the middle in place', () => {
    const good = { form: 'visitation', formVersion: 1, impairments: { primary: 'adhd' }, impactPast: 'small', impactFuture: 'none', hkoNeededNow: false, motivated: true };
    const input = [JSON.stringify(good), '{"form":"visitation","formVersion":1,"prospectsCitizen":"awful"}', JSON.stringify(good)].join('\n');
    const { status, stdout, stderr } = rummelig(['evaluate', 'visitation', '--as-of', '2026-03-02', '--impact-dimension', 'future'], `${input}\n`);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line): unknown => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ ruleSet: 'visitation', recommendation: 'not-in-target-group' }),
      expect.objectContaining({ error: expect.objectContaining({ path: '/prospectsCitizen' }) }),
      expect.objectContaining({ ruleSet: 'visitation', recommendation: 'not-in-target-group' }),
    ]);
  });

  it.each([[[]], [['--workers', '2']]])('ends quietly with status 0 when the reader closes the output early (%j)', async (extra) => {
    if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run "npm run build" at the repository root first.`);
    const child = spawn(process.execPath, [bin, 'validate', 'opsporing', ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // As `| head -1` does: the first output arrives, and the reading end is closed.
    child.stdout.once('data', () => child.stdout.destroy());
    const line = `${JSON.stringify({ form: 'opsporing', formVersion: 1 })}\n`;
    child.stdin.on('error', () => undefined);
    child.stdin.end(line.repeat(200_000));
    const [status] = (await once(child, 'exit')) as [number | null];
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('prints its version', () => {
    expect(rummelig(['--version'], '')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^rummelig \d+\.\d+\.\d+\n$/), stderr: '' });
  });

  it('exits 2 for an unknown rule set', () => {
    const { status, stdout, stderr } = rummelig(['evaluate', 'nothing'], '{}\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown rule set "nothing"/);
  });

  it('serves HTTP on the port asked for and stops cleanly on SIGTERM', async () => {
    if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run "npm run build" at the repository root first.`);
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env: { ...process.env, PORT: 'not-a-port' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    try {
      const deadline = Date.now() + 20_000;
      while (!/listening on (\S+)/.test(stdout)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`rummelig serve did not start: ${stdout} ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const url = /listening on (\S+)/.exec(stdout)?.[1] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
      expect(stderr).toBe('rummelig: stopped\n');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it.each([[[]], [['--workers', '2']]])('writes the result of a lone line before the next line arrives (%j)', async (extra) => {
    const child = spawn(process.execPath, [bin, 'evaluate', 'opsporing', '--as-of', '2026-03-02', ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = once(child, 'exit');
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout);
      });
    });
    const document = JSON.stringify({ form: 'opsporing', formVersion: 1, noImpairment: true });
    child.stdin.write(`${document}\n`);
    // stdin stays open: a pool that waits for a full batch, or for the end of the input, never answers in time.
    const answered = await Promise.race([firstLine, new Promise<undefined>((resolve) => setTimeout(resolve, 8_000, undefined))]);
    child.stdin.end(`${document}\n`);
    await exited;
    expect(answered).toMatch(/^\{"ruleSet":"opsporing".*\n$/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('answers an empty input with one error line on worker threads too', () => {
    const { status, stdout, stderr } = rummelig(['evaluate', 'opsporing', '--as-of', '2026-03-02', '--workers', '2'], '');
    expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'invalid-json', path: '' }, errors: [{ params: { reason: 'empty' } }] });
  });

  it('exits 3, not 2, when the command line is not built: the call is right, the installation is not', () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 'rummelig-unbuilt-'));
    try {
      mkdirSync(join(unbuilt, 'bin'));
      copyFileSync(bin, join(unbuilt, 'bin', 'rummelig.js'));
      writeFileSync(join(unbuilt, 'package.json'), '{"type": "module"}\n');
      const { status, stdout, stderr } = spawnSync(process.execPath, [join(unbuilt, 'bin', 'rummelig.js'), 'evaluate', 'opsporing'], { input: '{}\n', encoding: 'utf8', timeout: 20_000 });
      expect({ status, stdout }).toEqual({ status: 3, stdout: '' });
      expect(stderr).toMatch(/not built yet/);
    } finally {
      rmSync(unbuilt, { recursive: true, force: true });
    }
  });

  it('exits 2 when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as AddressInfo).port);
      const { status, stderr } = spawnSync(process.execPath, [bin, 'serve', '--port', port], { encoding: 'utf8', timeout: 20_000 });
      expect(status).toBe(2);
      expect(stderr).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    } finally {
      taken.close();
    }
  });

  it('refuses a PORT that is not a port', () => {
    const { status, stderr } = spawnSync(process.execPath, [bin, 'serve'], { env: { ...process.env, PORT: '99999' }, encoding: 'utf8', timeout: 20_000 });
    expect(status).toBe(2);
    expect(stderr).toMatch(/PORT environment variable must be a whole number/);
  });

  it('shares the documents among worker threads with --workers, and keeps their order and every bad line in place', () => {
    const lines = Array.from({ length: 1500 }, (_, index) =>
      index % 500 === 7 ? 'not json' : JSON.stringify({ form: 'opsporing', formVersion: 1, noImpairment: index % 2 === 0, caseworker: { citizenWantsVisitation: index % 3 === 0 } }),
    );
    const input = `${lines.join('\n')}\n`;
    const alone = rummelig(['evaluate', 'opsporing', '--as-of', '2026-03-02'], input);
    const shared = rummelig(['evaluate', 'opsporing', '--as-of', '2026-03-02', '--workers', '3'], input);
    expect(shared.stderr).toBe('');
    expect(shared.status).toBe(1);
    expect(shared.stdout).toBe(alone.stdout);
    expect(shared.stdout.trimEnd().split('\n')).toHaveLength(1500);
  });
});
