import { RummeligError } from '@rummelig/core';
import { version } from '../../package.json';
import { documentHandler, type DocumentHandler, type DocumentJob } from '../document-lines.js';
import { DEFAULT_PORT } from '../http/options.js';
import { resolveAsOf } from '../rule-set-registry.js';
import { parseArgs, parsePort, USAGE, type Command } from './args.js';
import { atLeastOneLine, readLines } from './lines.js';
import { writeLine, type Writable } from './output.js';
import { readDocuments } from './records.js';
import { runOnWorkers } from './parallel.js';

export interface CliIo {
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The environment `serve` reads PORT and HOST from; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Resolves when `serve` is to stop; SIGTERM or SIGINT when absent. */
  readonly stopSignal?: Promise<unknown>;
}

/**
 * The rummelig command line (contract, section 6). Returns the exit status:
 * 0 when every document succeeded, 1 when any failed, 2 for a usage error.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, `${parsed.message}\nRun "rummelig --help" for usage.`);
  const { command } = parsed;
  try {
    switch (command.kind) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        await writeLine(io.stdout, `rummelig ${version}`);
        return 0;
      case 'serve':
        return await serve(command, io);
      case 'conformance-export': {
        const { exportConformance } = await import('@rummelig/rules/conformance');
        const written = await exportConformance(command.directory);
        await writeLine(io.stdout, `rummelig: wrote ${written.length} files to ${command.directory}: ${written.join(', ')}`);
        return 0;
      }
      case 'conformance-run': {
        const { runConformanceCommand } = await import('@rummelig/rules/conformance');
        return await runConformanceCommand({ url: command.url, ruleSet: command.ruleSet, json: command.json }, io);
      }
      default: {
        // Checks the rule set, date and options before any input is read, so that a usage error never depends on the input.
        const job = withDate(command);
        const handler = documentHandler(job);
        if (command.workers !== undefined && command.workers > 1) {
          return (await runOnWorkers(job, command.workers, readDocuments(atLeastOneLine(readLines(io.stdin))), io.stdout)) ? 1 : 0;
        }
        return await run(handler, io);
      }
    }
  } catch (error) {
    if (!(error instanceof RummeligError)) throw error;
    return usageError(io, error.message);
  }
}

/** The job with "today" fixed once, so that every worker thread evaluates on the same day, midnight or not. */
function withDate(job: DocumentJob): DocumentJob {
  return job.kind === 'validate' ? job : { ...job, asOf: resolveAsOf(job.asOf) };
}

async function usageError(io: CliIo, message: string): Promise<number> {
  await writeLine(io.stderr, `rummelig: ${message}`);
  return 2;
}

async function run(handler: DocumentHandler, io: CliIo): Promise<number> {
  let failed = false;
  for await (const text of readDocuments(atLeastOneLine(readLines(io.stdin)))) {
    const outcome = handler(text);
    if (!outcome.ok) failed = true;
    await writeLine(io.stdout, JSON.stringify(outcome.line));
  }
  return failed ? 1 : 0;
}

async function serve(command: Extract<Command, { kind: 'serve' }>, io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const portText = env['PORT'] ?? '';
  const fromEnv = portText === '' ? undefined : parsePort(portText);
  if (command.port === undefined && portText !== '' && fromEnv === undefined) {
    return usageError(io, `the PORT environment variable must be a whole number from 0 to 65535, not "${portText}"`);
  }
  const { start } = await import('@rummelig/rules/http');
  const port = command.port ?? fromEnv ?? DEFAULT_PORT;
  const host = command.host ?? (env['HOST'] || '127.0.0.1');
  let service: Awaited<ReturnType<typeof start>>;
  try {
    service = await start({
      port,
      host,
      // Warnings and failures on stderr by default; LOG_LEVEL=info logs every request (never a body).
      logger: { level: env['LOG_LEVEL'] || 'warn', stream: io.stderr },
      signals: io.stopSignal === undefined ? ['SIGTERM', 'SIGINT'] : false,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    return usageError(io, `cannot listen on ${host}:${port} (${code})`);
  }
  await writeLine(io.stdout, `rummelig: listening on ${service.url}`);
  await (io.stopSignal === undefined ? service.stopped : Promise.race([service.stopped, io.stopSignal]));
  await service.close();
  await writeLine(io.stderr, 'rummelig: stopped');
  return 0;
}
