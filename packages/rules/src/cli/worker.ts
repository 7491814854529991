import { parentPort, workerData } from 'node:worker_threads';
import { documentHandler, type DocumentJob, type InputLine } from '../document-lines.js';

/**
 * A worker thread of `rummelig … --workers N`: it takes batches of documents
 * as text and gives back, for each, its output line as JSON text and whether
 * it succeeded. The job was checked in the main thread before any was started.
 */
const handle = documentHandler(workerData as DocumentJob);
parentPort?.on('message', ({ id, texts }: { readonly id: number; readonly texts: readonly InputLine[] }) => {
  const lines: string[] = [];
  let failed = false;
  for (const text of texts) {
    const outcome = handle(text);
    if (!outcome.ok) failed = true;
    lines.push(JSON.stringify(outcome.line));
  }
  parentPort?.postMessage({ id, output: lines.join('\n'), failed });
});
