import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './lines.js';
import { readDocuments } from './records.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

describe('readLines', () => {
  it('splits across chunk borders, on LF and CRLF, and drops a BOM', async () => {
    expect(await collect(readLines(chunks('\uFEFF{"a":', '1}\r\n{"b"', ':2}\n\n', 'last')))).toEqual(['{"a":1}', '{"b":2}', '', 'last']);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('"æøå"\n');
    expect(await collect(readLines(chunks(bytes.slice(0, 2), bytes.slice(2))))).toEqual(['"æøå"']);
  });

  it('reads a Node stream', async () => {
    expect(await collect(readLines(Readable.from([Buffer.from('x\ny\n')])))).toEqual(['x', 'y']);
  });
});

describe('readDocuments', () => {
  const documents = (text: string): Promise<string[]> => collect(readDocuments(readLines(chunks(text))));

  it('gives one document per line and skips blank lines', async () => {
    expect(await documents('{"a":1}\n\n   \n[1,2]\nnot json\n{"b":"}"}\n')).toEqual(['{"a":1}', '[1,2]', 'not json', '{"b":"}"}']);
  });

  it('joins a pretty-printed document', async () => {
    const pretty = JSON.stringify({ a: { b: [1, 2] }, s: 'x{[' }, null, 2);
    expect(await documents(`${pretty}\n`)).toEqual([pretty]);
  });

  it('passes lines on one by one when an opened bracket never closes', async () => {
    expect(await documents('{"a":1}\n{"form": "opsporing", "x": [\n{"b":2}\n\n{"c":3}\n')).toEqual([
      '{"a":1}',
      '{"form": "opsporing", "x": [',
      '{"b":2}',
      '{"c":3}',
    ]);
  });

  it('keeps a malformed pretty-printed document together once its brackets close', async () => {
    expect(await documents('{\n  "a": 1,\n}\n{"b":2}\n')).toEqual(['{\n  "a": 1,\n}', '{"b":2}']);
  });
});
