import { MAX_DOCUMENT_BYTES, type InputLine } from '../document-lines.js';

/**
 * Groups input lines into documents (contract, section 6: one JSON document,
 * or JSON Lines). The input is one document when the whole of it is one JSON
 * value spanning several lines, such as a pretty-printed document with blank
 * lines around it. Otherwise it is JSON Lines, and every line is a document of
 * its own, blank and broken ones included, so that the n-th line out is always
 * the n-th line in's. Lines are held only while the input may still be one
 * document, and no longer than the first sign that it is not: a line after the
 * value closes, a line that is a whole JSON object by itself from its first
 * character (as a JSON line is, and a line inside a pretty-printed document is
 * not), an unreadable line, or more than any answer document holds.
 */
interface ScanState {
  readonly depth: number;
  readonly inString: boolean;
  readonly escaped: boolean;
}

const START: ScanState = { depth: 0, inString: false, escaped: false };

function scan(line: string, state: ScanState): ScanState {
  let { depth, inString, escaped } = state;
  for (const char of line) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return { depth, inString, escaped };
}

/** JSON's own whitespace: a no-break space or U+2028 is not, and a line of them is not blank. */
const isBlank = (line: string): boolean => /^[ \t\r]*$/.test(line);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const isJsonLine = (line: string): boolean => line.startsWith('{') && parses(line);

export async function* readDocuments(lines: AsyncIterable<InputLine>): AsyncGenerator<InputLine> {
  // Widened: the closure below changes it, which narrowing by the first assignment does not see.
  let mode = 'start' as 'start' | 'document' | 'lines';
  let held: string[] = [];
  let heldChars = 0;
  let state = START;
  /** Whether the line may still belong to one document spanning the input; if so, it is scanned. */
  const mayBeOne = (line: string): boolean => {
    if (heldChars + line.length > MAX_DOCUMENT_BYTES) return false;
    if (mode === 'start') {
      if (isBlank(line)) return true;
      state = scan(line, START);
      if (state.depth <= 0 || state.inString) return false;
      mode = 'document';
      return true;
    }
    if (state.depth <= 0) return isBlank(line);
    if (isJsonLine(line)) return false;
    state = scan(line, state);
    return true;
  };
  for await (const line of lines) {
    if (mode !== 'lines') {
      if (typeof line === 'string' && mayBeOne(line)) {
        held.push(line);
        heldChars += line.length + 1;
        continue;
      }
      mode = 'lines';
      yield* held;
      held = [];
    }
    yield line;
  }
  const whole = held.join('\n');
  if (mode === 'document' && state.depth <= 0 && parses(whole)) yield whole;
  else yield* held;
}
