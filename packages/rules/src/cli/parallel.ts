import { Worker } from 'node:worker_threads';
import type { DocumentJob, InputLine } from '../document-lines.js';
import { writeLine, type Writable } from './output.js';

/** Documents sent to a worker at a time: large enough that messages cost little, small enough to keep memory flat. */
const BATCH = 512;

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
 * cli-worker.js beside cli.js) and writes each line in input order. At most
 * two batches per worker are under way, so a file of any length is read as
 * fast as it is written, never held. Returns whether any document failed.
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
  const queue: Promise<Answer>[] = [];
  let failed = false;
  let next = 0;
  const send = (texts: readonly InputLine[]): void => {
    const id = next;
    next += 1;
    queue.push(
      new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        (pool[id % pool.length] as Worker).postMessage({ id, texts });
      }),
    );
  };
  const writeOldest = async (): Promise<void> => {
    const oldest = queue.shift();
    if (oldest === undefined) return;
    const answer = await oldest;
    if (answer.failed) failed = true;
    if (answer.output !== '') await writeLine(stdout, answer.output);
  };
  try {
    let batch: InputLine[] = [];
    for await (const text of documents) {
      batch.push(text);
      if (batch.length < BATCH) continue;
      send(batch);
      batch = [];
      if (queue.length >= workers * 2) await writeOldest();
    }
    if (batch.length > 0) send(batch);
    while (queue.length > 0) await writeOldest();
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return failed;
}
