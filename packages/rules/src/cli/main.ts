import { parseJson, RummeligError, validate, validateOpsporing, type Locale, type ValidationIssue } from '@rummelig/core';
import { evaluateDocumentSync, evaluateSync } from '../evaluate.js';
import { handOverToVisitation } from '../handover.js';
import { resolveOptions } from '../resolve-options.js';
import { getRuleSet, resolveAsOf } from '../rule-set-registry.js';
import { parseArgs, USAGE, type Command } from './args.js';
import { readLines } from './lines.js';
import { errorLine, writeLine, type Writable } from './output.js';
import { readDocuments } from './records.js';

export interface CliIo {
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

type Handler = (document: unknown) => Promise<{ readonly ok: true; readonly line: unknown } | { readonly ok: false; readonly issues: readonly ValidationIssue[] }>;

/**
 * The rummelig command line (contract, section 6). Returns the exit status:
 * 0 when every document succeeded, 1 when any failed, 2 for a usage error.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    await writeLine(io.stderr, `rummelig: ${parsed.message}\nRun "rummelig --help" for usage.`);
    return 2;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  let handler: Handler;
  try {
    handler = handlerFor(command);
  } catch (error) {
    if (!(error instanceof RummeligError)) throw error;
    await writeLine(io.stderr, `rummelig: ${error.message}`);
    return 2;
  }
  return run(handler, command.locale, io);
}

/** Checks the rule set and date once, before any input is read, so that a usage error never depends on the input. */
function handlerFor(command: Exclude<Command, { kind: 'help' }>): Handler {
  if (command.kind === 'validate') {
    return (document) => {
      const validation = validate(command.form, document, { locale: command.locale });
      return Promise.resolve(validation.valid ? { ok: true, line: { valid: true } } : { ok: false, issues: validation.issues });
    };
  }
  const asOf = resolveAsOf(command.asOf);
  if (command.kind === 'handover') {
    getRuleSet('opsporing', asOf);
    return async (document) => {
      const validation = validateOpsporing(document, { locale: command.locale });
      if (!validation.valid) return { ok: false, issues: validation.issues };
      const result = evaluateSync('opsporing', validation.value, { asOf });
      return { ok: true, line: handOverToVisitation(validation.value, result, command.locale) };
    };
  }
  resolveOptions(getRuleSet(command.ruleSet, asOf), command.options);
  const options = command.options ?? {};
  return async (document) => {
    const evaluation = evaluateDocumentSync(command.ruleSet, document, { asOf, locale: command.locale, options });
    return evaluation.ok ? { ok: true, line: evaluation.result } : evaluation;
  };
}

async function run(handler: Handler, locale: Locale, io: CliIo): Promise<number> {
  let failed = false;
  for await (const text of readDocuments(readLines(io.stdin))) {
    const parsed = parseJson(text, { locale });
    const outcome = parsed.ok ? await handler(parsed.value) : { ok: false as const, issues: [parsed.issue] };
    if (outcome.ok) {
      await writeLine(io.stdout, JSON.stringify(outcome.line));
      continue;
    }
    failed = true;
    const [first, ...rest] = outcome.issues;
    if (first === undefined) throw new Error('A failed document must have at least one issue.');
    await writeLine(io.stdout, JSON.stringify(errorLine([first, ...rest])));
  }
  return failed ? 1 : 0;
}
