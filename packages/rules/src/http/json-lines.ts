import type { DocumentHandler } from '../document-lines.js';
import { readLines } from '../cli/lines.js';
import { readDocuments } from '../cli/records.js';
import { ServiceError } from './errors.js';

/** Thrown into the line reader when a streamed body, or one of its lines, grows past its limit. */
class TooLarge extends Error {
  constructor(readonly error: ServiceError) {
    super(error.message);
  }
}

const NEWLINE = 0x0a;

async function* limited(body: AsyncIterable<Uint8Array>, limits: JsonLinesLimits): AsyncGenerator<Uint8Array> {
  let received = 0;
  let sinceNewline = 0;
  for await (const chunk of body) {
    received += chunk.byteLength;
    if (received > limits.body) throw new TooLarge(tooLarge(limits.body));
    const newline = chunk.lastIndexOf(NEWLINE);
    sinceNewline = newline < 0 ? sinceNewline + chunk.byteLength : chunk.byteLength - newline - 1;
    if (sinceNewline > limits.line) {
      throw new TooLarge(
        new ServiceError(413, 'payload-too-large', `A line of the body is longer than the ${limits.line} bytes this service accepts for one document.`, {
          limit: limits.line,
        }),
      );
    }
    yield chunk;
  }
}

export interface JsonLinesLimits {
  /** The whole body, in bytes. */
  readonly body: number;
  /** One line, in bytes: the limit of one document. */
  readonly line: number;
}

export interface JsonLinesAnswer {
  /** One output line per document, in input order, each ending in a newline. */
  readonly lines: AsyncGenerator<string>;
  /** True once the body outgrew a limit: the last line says so and the connection is to be closed. */
  readonly cutOff: () => boolean;
}

/**
 * Answers JSON Lines as they arrive, as the command line does: each line's
 * result or its error line in place, so a bad line loses nothing else. A body
 * that grows past a limit ends the answer with a `payload-too-large` line
 * (the status has long been sent by then).
 */
export function answerJsonLines(body: AsyncIterable<Uint8Array>, handler: DocumentHandler, limits: JsonLinesLimits): JsonLinesAnswer {
  let cutOff = false;
  async function* lines(): AsyncGenerator<string> {
    try {
      for await (const text of readDocuments(readLines(limited(body, limits), { maxLineBytes: limits.line }))) yield `${JSON.stringify(handler(text).line)}\n`;
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      cutOff = true;
      yield `${JSON.stringify(error.error.body)}\n`;
    }
  }
  return { lines: lines(), cutOff: () => cutOff };
}

export function tooLarge(limit: number): ServiceError {
  return new ServiceError(413, 'payload-too-large', `The request body is larger than the ${limit} bytes this service accepts here.`, { limit });
}
