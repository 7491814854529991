import { MAX_DOCUMENT_BYTES, type InputLine } from '../document-lines.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;
const encoder = new TextEncoder();
// Fatal: a byte that is not UTF-8 (a Latin-1 "å" from an old export) makes its line unreadable, never a silent U+FFFD.
// ignoreBOM keeps a U+FEFF that starts a later line, which is then not JSON; only the input's first BOM is dropped.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Splits a byte or text stream into lines, holding at most one line, and that
 * only up to `maxLineBytes`: a longer line is skipped to its end and given as
 * unreadable, as is a line that is not UTF-8. Accepts LF and CRLF endings and
 * drops a leading BOM. Each chunk is searched once, so a long line costs time in
 * proportion to its length.
 */
export async function* readLines(input: AsyncIterable<string | Uint8Array>, { maxLineBytes = MAX_DOCUMENT_BYTES } = {}): AsyncGenerator<InputLine> {
  let pieces: Uint8Array[] = [];
  let held = 0;
  let tooLong = false;
  let first = true;
  const line = (tail: Uint8Array): InputLine => {
    const over = tooLong || held + tail.length > maxLineBytes;
    const bytes = over ? undefined : joined(pieces, held, tail);
    pieces = [];
    held = 0;
    tooLong = false;
    const isFirst = first;
    first = false;
    if (bytes === undefined) return { unreadable: 'too-long' };
    return decoded(bytes, isFirst);
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

function decoded(bytes: Uint8Array, isFirst: boolean): InputLine {
  const start = isFirst && BOM.every((byte, index) => bytes[index] === byte) ? BOM.length : 0;
  const end = bytes.length > start && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  try {
    return decoder.decode(bytes.subarray(start, end));
  } catch {
    return { unreadable: 'not-utf-8' };
  }
}
