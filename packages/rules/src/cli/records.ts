/**
 * Groups input lines into documents. Each line is a document (JSON Lines),
 * except that a line opening a brace or bracket it does not close starts a
 * document spanning several lines (a pretty-printed document), which ends
 * where its brackets balance. If they never balance, or the group outgrows
 * any answer document, the lines were JSON Lines after all (one of them
 * broken) and are passed on one by one, so the other lines are still handled.
 */
const MAX_DOCUMENT_CHARS = 1_000_000;

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

const isBlank = (line: string): boolean => line.trim() === '';

export async function* readDocuments(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let group: string[] = [];
  let groupChars = 0;
  let state = START;
  for await (const line of lines) {
    if (group.length === 0) {
      if (isBlank(line)) continue;
      state = scan(line, START);
      if (state.depth > 0 && !state.inString) {
        group = [line];
        groupChars = line.length;
      } else {
        yield line;
      }
      continue;
    }
    group.push(line);
    groupChars += line.length + 1;
    state = scan(line, state);
    if (state.depth <= 0) {
      yield group.join('\n');
      group = [];
    } else if (groupChars > MAX_DOCUMENT_CHARS) {
      yield* group.filter((item) => !isBlank(item));
      group = [];
    }
  }
  yield* group.filter((item) => !isBlank(item));
}
