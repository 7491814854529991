import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputLine } from '../document-lines.js';
import { readLines } from './lines.js';
import { readDocuments } from './records.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

async function* chunks<T>(...parts: T[]): AsyncGenerator<T> {
  yield* parts;
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readLines', () => {
  it('splits across chunk borders, on LF and CRLF, and drops a BOM', async () => {
    expect(await collect(readLines(chunks('\uFEFF{"a":', '1}\r\n{"b"', ':2}\n\n', 'last')))).toEqual(['{"a":1}', '{"b":2}', '', 'last']);
  });

  it('drops the BOM at the start of every line, also when it is split between chunks, and only there', async () => {
    // `cat a.jsonl b.jsonl` of two files that each begin with a BOM: b's first line is a document like any other.
    expect(await collect(readLines(chunks(bytes(0xef), bytes(0xbb, 0xbf, 0x31, 0x0a), utf8('\uFEFF2\r\n2\uFEFF\n\uFEFF\uFEFF3\n'))))).toEqual(['1', '2', '2\uFEFF', '\uFEFF3']);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const encoded = utf8('"æøå"\n');
    expect(await collect(readLines(chunks(encoded.slice(0, 2), encoded.slice(2))))).toEqual(['"æøå"']);
  });

  it('gives a line that is not UTF-8 as unreadable, and reads the next', async () => {
    // "Jeg kan ikke stå op" from a Latin-1 export: å is the byte 0xe5.
    const latin1 = Uint8Array.from([...utf8('"Jeg kan ikke st'), 0xe5, ...utf8(' op"\n"ok"\n')]);
    expect(await collect(readLines(chunks(latin1)))).toEqual([{ unreadable: 'not-utf-8' }, '"ok"']);
  });

  it('gives a line longer than the limit as too long, holding none of it, and reads the next', async () => {
    const long = 'x'.repeat(40);
    expect(await collect(readLines(chunks(`"a"\n"${long}`, long, '"\n"b"\n"', long, long, '"'), { maxLineBytes: 50 }))).toEqual([
      '"a"',
      { unreadable: 'too-long' },
      '"b"',
      { unreadable: 'too-long' },
    ]);
    expect(await collect(readLines(chunks(`${'y'.repeat(50)}\n${'z'.repeat(51)}\n`), { maxLineBytes: 50 }))).toEqual(['y'.repeat(50), { unreadable: 'too-long' }]);
  });

  it('reads a Node stream', async () => {
    expect(await collect(readLines(Readable.from([Buffer.from('x\ny\n')])))).toEqual(['x', 'y']);
  });
});

describe('readDocuments', () => {
  const documents = (text: string): Promise<InputLine[]> => collect(readDocuments(readLines(chunks(text))));

  it('gives every line of JSON Lines as a document, blank and broken lines too, so that the lines stay aligned', async () => {
    expect(await documents('{"a":1}\n\n   \n[1,2]\nnot json\n{"b":"}"}\n\u00a0\n')).toEqual(['{"a":1}', '', '   ', '[1,2]', 'not json', '{"b":"}"}', '\u00a0']);
  });

  it('joins a pretty-printed document, with the blank lines around it', async () => {
    const pretty = JSON.stringify({ a: { b: [1, 2] }, s: 'x{[' }, null, 2);
    expect(await documents(`\n${pretty}\n\n`)).toEqual([`\n${pretty}\n`]);
  });

  it('passes lines on one by one when an opened bracket never closes', async () => {
    expect(await documents('{"a":1}\n{"form": "opsporing", "x": [\n{"b":2}\n\n{"c":3}\n')).toEqual(['{"a":1}', '{"form": "opsporing", "x": [', '{"b":2}', '', '{"c":3}']);
  });

  it('never joins two broken lines that happen to balance', async () => {
    expect(await documents('{"form":"opsporing","formVersion":1,\n"citizen":{}}\n{"b":2}\n')).toEqual(['{"form":"opsporing","formVersion":1,', '"citizen":{}}', '{"b":2}']);
    expect(await documents('{"form":"opsporing","formVersion":1,\n"citizen":{}}\n')).toEqual(['{"form":"opsporing","formVersion":1,\n"citizen":{}}']);
  });

  it('gives a document spanning lines that is not JSON as its lines, each in its place', async () => {
    expect(await documents('{\n  "a": 1,\n}\n')).toEqual(['{', '  "a": 1,', '}']);
  });

  it('gives the lines of two pretty-printed documents one by one: only a whole input is one document', async () => {
    expect(await documents('{\n"a": 1\n}\n{\n"b": 2\n}\n')).toEqual(['{', '"a": 1', '}', '{', '"b": 2', '}']);
  });

  it('passes on unreadable lines in their place', async () => {
    expect(await collect(readDocuments(chunks<InputLine>('{"a":1}', { unreadable: 'too-long' }, '{"b":2}')))).toEqual(['{"a":1}', { unreadable: 'too-long' }, '{"b":2}']);
    expect(await collect(readDocuments(chunks<InputLine>('{', { unreadable: 'not-utf-8' }, '}')))).toEqual(['{', { unreadable: 'not-utf-8' }, '}']);
  });

  it('does not hold back the lines after a broken first line that opens a bracket, while the input is still open', async () => {
    let release: () => void = () => undefined;
    const open = new Promise<void>((resolve) => (release = resolve));
    async function* input(): AsyncGenerator<InputLine> {
      yield '{"form":"opsporing","citizen":{"name":"Ann"';
      yield '{"form":"opsporing"}';
      await open;
    }
    const reader = readDocuments(input());
    expect((await reader.next()).value).toBe('{"form":"opsporing","citizen":{"name":"Ann"');
    expect((await reader.next()).value).toBe('{"form":"opsporing"}');
    release();
    expect((await reader.next()).done).toBe(true);
  });
});
