import { Worker } from 'node:worker_threads';
import type { DocumentJob, InputLine } from '../document-lines.js';
import { writeLine, type Writable } from './output.js';

/**
 * Documents sent to a worker at a time, at most: large enough that messages cost little, small enough to keep memory
 * flat. Fewer are sent as soon as no more input is there, so a lone line is answered without waiting for the next.
 */
const BATCH = 512;
const QUIET = Symbol('quiet');

interface Answer {
  /** The batch's output lines, joined by newlines. */
  readonly output: string;
  readonly failed: boolean;
}

interface Waiting {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Evaluates the documents on worker threads (cli/worker.ts, built to
 * cli-worker.js beside cli.js) and writes each line in input order, as soon
 * as its answer is back. At most two batches per worker are under way, so a
 * file of any length is read as fast as it is written, never held. Returns
 * whether any document failed.
 */
export async function runOnWorkers(job: DocumentJob, workers: number, documents: AsyncIterable<InputLine>, stdout: Writable): Promise<boolean> {
  const script = new URL('./cli-worker.js', import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: job }));
  const waiting = new Map<number, Waiting>();
  const stopped = (error: Error): void => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of pool) {
    worker.on('message', ({ id, output, failed }: { id: number } & Answer) => {
      waiting.get(id)?.resolve({ output, failed });
      waiting.delete(id);
    });
    worker.on('error', stopped);
    worker.on('exit', (code) => {
      if (code !== 0) stopped(new Error(`A worker thread stopped with exit code ${code}.`));
    });
  }
  let failed = false;
  let next = 0;
  // Answers are written in input order as each arrives, by a chain of its own, so that a result never waits for input.
  let written: Promise<void> = Promise.resolve();
  let underWay = 0;
  let freed: (() => void) | undefined;
  const send = (texts: readonly InputLine[]): void => {
    const id = next;
    next += 1;
    underWay += 1;
    const answer = new Promise<Answer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      (pool[id % pool.length] as Worker).postMessage({ id, texts });
    });
    written = written
      .then(() => answer)
      .then(async ({ output, failed: anyFailed }) => {
        if (anyFailed) failed = true;
        if (output !== '') await writeLine(stdout, output);
        underWay -= 1;
        freed?.();
      });
    // Handled here and awaited below: a worker that fails while the input is quiet must not be an unhandled rejection.
    written.catch(() => undefined);
  };
  const room = async (): Promise<void> => {
    while (underWay >= workers * 2) await Promise.race([new Promise<void>((resolve) => (freed = resolve)), written]);
  };
  try {
    const input = documents[Symbol.asyncIterator]();
    let batch: InputLine[] = [];
    let pending = input.next();
    // Resolves once the event loop has turned with no new line: the lines held are then all there is for now.
    let quiet: Promise<typeof QUIET> | undefined;
    for (;;) {
      let result: IteratorResult<InputLine>;
      if (batch.length === 0) result = await pending;
      else {
        quiet ??= new Promise((resolve) => setImmediate(resolve, QUIET));
        const first = await Promise.race([pending, quiet]);
        if (first === QUIET) {
          quiet = undefined;
          send(batch);
          batch = [];
          await room();
          result = await pending;
        } else result = first;
      }
      if (result.done === true) break;
      pending = input.next();
      // Awaited on the next turn; a read that fails meanwhile, while room() waits, is not an unhandled rejection.
      pending.catch(() => undefined);
      batch.push(result.value);
      if (batch.length < BATCH) continue;
      send(batch);
      batch = [];
      // A quiet moment that passes while room() waits says nothing of the input after it.
      quiet = undefined;
      await room();
    }
    if (batch.length > 0) send(batch);
    await written;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return failed;
}
