import type { ValidationIssue } from '@rummelig/core';

/** The line written for a document that is not JSON or breaks the data contract (contract, section 6). */
export interface ErrorLine {
  readonly error: Pick<ValidationIssue, 'code' | 'message' | 'path' | 'messages'>;
  readonly errors: readonly ValidationIssue[];
}

export function errorLine(issues: readonly [ValidationIssue, ...ValidationIssue[]]): ErrorLine {
  const [first] = issues;
  return { error: { code: first.code, message: first.message, path: first.path, messages: first.messages }, errors: issues };
}

export interface Writable {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes one line, waiting when the stream asks to (a slow pipe must not make the output pile up in memory). */
export async function writeLine(stream: Writable, text: string): Promise<void> {
  const accepted = stream.write(`${text}\n`);
  if (accepted === false && stream.once) {
    const once = stream.once.bind(stream);
    await new Promise<void>((resolve) => once('drain', resolve));
  }
}
