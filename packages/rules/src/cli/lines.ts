import { MAX_DOCUMENT_BYTES, type InputLine } from '../document-lines.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;
const encoder = new TextEncoder();
// Fatal: a byte that is not UTF-8 (a Latin-1 "å" from an old export) makes its line unreadable, never a silent U+FFFD.
// ignoreBOM leaves the BOM to decoded(), which drops it from the start of every line: `cat a.jsonl b.jsonl` of files
// that each begin with one puts a BOM at the start of b's first line, which is still b's first document.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Splits a byte or text stream into lines, holding at most one line, and that
 * only up to `maxLineBytes`: a longer line is skipped to its end and given as
 * unreadable, as is a line that is not UTF-8. Accepts LF and CRLF endings and
 * drops a BOM that starts a line. Each chunk is searched once, so a long line costs time in
 * proportion to its length.
 */
export async function* readLines(input: AsyncIterable<string | Uint8Array>, { maxLineBytes = MAX_DOCUMENT_BYTES } = {}): AsyncGenerator<InputLine> {
  let pieces: Uint8Array[] = [];
  let held = 0;
  let tooLong = false;
  const line = (tail: Uint8Array): InputLine => {
    const over = tooLong || held + tail.length > maxLineBytes;
    const bytes = over ? undefined : joined(pieces, held, tail);
    pieces = [];
    held = 0;
    tooLong = false;
    if (bytes === undefined) return { unreadable: 'too-long' };
    return decoded(bytes);
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    let start = 0;
    for (let newline = bytes.indexOf(NEWLINE); newline >= 0; newline = bytes.indexOf(NEWLINE, start)) {
      yield line(bytes.subarray(start, newline));
      start = newline + 1;
    }
    const rest = bytes.subarray(start);
    if (rest.length === 0 || tooLong) continue;
    if (held + rest.length > maxLineBytes) {
      tooLong = true;
      pieces = [];
      held = 0;
    } else {
      // A copy: the stream may reuse its chunk, and a slice of it would keep the whole chunk alive.
      pieces.push(rest.slice());
      held += rest.length;
    }
  }
  if (held > 0 || tooLong) yield line(new Uint8Array(0));
}

function joined(pieces: readonly Uint8Array[], held: number, tail: Uint8Array): Uint8Array {
  if (pieces.length === 0) return tail;
  const bytes = new Uint8Array(held + tail.length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  bytes.set(tail, at);
  return bytes;
}

/**
 * The lines, or one empty line when there are none: an empty input is one empty document to the command line, as to
 * the HTTP service, and gets its `invalid-json` error line (`params.reason` `empty`) rather than no answer at all.
 */
export async function* atLeastOneLine(lines: AsyncIterable<InputLine>): AsyncGenerator<InputLine> {
  let none = true;
  for await (const line of lines) {
    none = false;
    yield line;
  }
  if (none) yield '';
}

function decoded(bytes: Uint8Array): InputLine {
  const start = BOM.every((byte, index) => bytes[index] === byte) ? BOM.length : 0;
  const end = bytes.length > start && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  try {
    return decoder.decode(bytes.subarray(start, end));
  } catch {
    return { unreadable: 'not-utf-8' };
  }
}
