import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { RULE_SET_CASES } from '../rule-sets/cases.js';
import { start, type RunningService } from './start.js';

let service: RunningService;
beforeAll(async () => {
  service = await start({ port: 0, host: '127.0.0.1', signals: false, bodyLimit: 4096, jsonLinesBodyLimit: 64 * 1024 });
});
afterAll(() => service.close());

/** A fully filled document that refers, from the rule set's cases. */
const referred = RULE_SET_CASES.opsporing.cases.find((testCase) => testCase.expected.recommendation === 'refer')?.input;
const empty = { form: 'opsporing', formVersion: 1 };
const input = [JSON.stringify(referred), '{"form": "opsporing", "formVersion": 1, ', '', JSON.stringify(empty), '{"form":"opsporing","formVersion":1,"noImpairment":"nej"}', JSON.stringify(referred)].join('\n');

async function cliOutput(argv: string[], text: string): Promise<string> {
  let stdout = '';
  await main(argv, { stdin: Readable.from([Buffer.from(text)]), stdout: { write: (chunk: string) => ((stdout += chunk), true) }, stderr: { write: () => true } });
  return stdout;
}

const lines = (text: string): unknown[] => text.trimEnd().split('\n').map((line): unknown => JSON.parse(line));

describe('JSON Lines', () => {
  it.each(['application/x-ndjson', 'application/jsonl'])('as %s: one line per document, in order, a bad line in the middle in place, as the command line writes them', async (type) => {
    const response = await fetch(`${service.url}/v1/evaluate/opsporing?asOf=2026-03-02`, { method: 'POST', headers: { 'content-type': type }, body: `${input}\n` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    const text = await response.text();
    expect(text).toBe(await cliOutput(['evaluate', 'opsporing', '--as-of', '2026-03-02'], `${input}\n`));
    expect(lines(text)).toEqual([
      expect.objectContaining({ recommendation: 'refer' }),
      expect.objectContaining({ error: expect.objectContaining({ code: 'invalid-json' }) }),
      expect.objectContaining({ error: expect.objectContaining({ code: 'invalid-json', messages: expect.objectContaining({ en: 'The input is empty.' }) }) }),
      expect.objectContaining({ recommendation: 'undetermined' }),
      expect.objectContaining({ error: expect.objectContaining({ code: 'wrong-type', path: '/noImpairment' }) }),
      expect.objectContaining({ recommendation: 'refer' }),
    ]);
  });

  it('validates JSON Lines as the command line does', async () => {
    const body = `${JSON.stringify(empty)}\n{"form": "visitation", "formVersion": 1}\n`;
    const response = await fetch(`${service.url}/v1/validate/opsporing`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    expect(await response.text()).toBe(await cliOutput(['validate', 'opsporing'], body));
  });

  it('streams: answers each line before the rest of the body is sent', async () => {
    const url = new URL(`${service.url}/v1/evaluate/opsporing?asOf=2026-03-02`);
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } });
    outgoing.write(`${JSON.stringify(referred)}\n`);
    const [response] = (await once(outgoing, 'response')) as [IncomingMessage];
    response.setEncoding('utf8');
    const chunks = response[Symbol.asyncIterator]() as AsyncIterator<string>;
    let buffer = '';
    const nextLine = async (): Promise<unknown> => {
      while (!buffer.includes('\n')) {
        const { value, done } = await chunks.next();
        if (done === true) throw new Error('The answer ended before the line.');
        buffer += value;
      }
      const newline = buffer.indexOf('\n');
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      return JSON.parse(line);
    };
    expect(await nextLine()).toMatchObject({ recommendation: 'refer' });
    outgoing.write('not json\n');
    expect(await nextLine()).toMatchObject({ error: { code: 'invalid-json' } });
    outgoing.end(`${JSON.stringify(empty)}\n`);
    expect(await nextLine()).toMatchObject({ recommendation: 'undetermined' });
    expect(await chunks.next()).toMatchObject({ done: true });
  });

  it('answers a JSON Lines body over the limit, by its length, with 413 before reading it', async () => {
    const body = `${JSON.stringify(empty)}\n`.repeat(3000);
    const response = await fetch(`${service.url}/v1/evaluate/opsporing`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'payload-too-large', message: expect.stringContaining('65536'), limit: 65536 } });
  });

  it('ends a streamed body that grows past the limit with a payload-too-large line and closes the connection', async () => {
    const line = `${JSON.stringify(empty)}\n`;
    const outgoing = request(new URL(`${service.url}/v1/evaluate/opsporing?asOf=2026-03-02`), { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } });
    const closed = new Promise<void>((resolve) => outgoing.once('socket', (socket) => socket.once('close', () => resolve())));
    outgoing.on('error', () => undefined);
    // More than the limit, in one go: the service reads up to the limit and no further.
    outgoing.write(line.repeat(Math.ceil((80 * 1024) / line.length)));
    const [response] = (await once(outgoing, 'response')) as [IncomingMessage];
    expect(response.statusCode).toBe(200);
    let text = '';
    for await (const chunk of response) text += String(chunk);
    const answered = lines(text);
    expect(answered.at(-1)).toEqual({ error: { code: 'payload-too-large', message: expect.stringContaining('65536'), limit: 65536 } });
    expect(answered.slice(0, -1).every((item) => (item as { recommendation?: string }).recommendation === 'undetermined')).toBe(true);
    expect(answered.length - 1).toBeLessThanOrEqual(Math.floor((64 * 1024) / line.length));
    await closed;
  });

  it('ends the answer at a line longer than one document may be', async () => {
    const long = JSON.stringify({ ...empty, impactDescription: 'x'.repeat(5000) });
    const response = await fetch(`${service.url}/v1/evaluate/opsporing?asOf=2026-03-02`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: Readable.from([Buffer.from(`${JSON.stringify(empty)}\n`), Buffer.from(long.slice(0, 3000)), Buffer.from(long.slice(3000))]) as unknown as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const answered = lines(await response.text());
    expect(answered).toEqual([
      expect.objectContaining({ recommendation: 'undetermined' }),
      { error: { code: 'payload-too-large', message: expect.stringContaining('4096'), limit: 4096 } },
    ]);
  });
});
