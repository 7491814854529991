import { Readable } from 'node:stream';
import { main } from './main.js';

/** What one run of the command line gave: its exit status, its output, and each output line parsed (lazily: a line may not be JSON). */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: Record<string, unknown>[];
}

/** Runs the command line in this process on the input, as a shell would with a pipe. */
export async function runCli(argv: readonly string[], input: string | AsyncIterable<string | Uint8Array>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const code = await main(argv, {
    stdin,
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
  });
  return {
    code,
    stdout,
    stderr,
    get lines() {
      return stdout === '' ? [] : stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}
