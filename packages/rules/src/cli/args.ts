import { FORM_IDS, isFormId, isLocale } from '@rummelig/core';
import type { DocumentJob } from '../document-lines.js';
import { DEFAULT_PORT } from '../http/options.js';
import { chooseOptions, OPTION_NAMES } from '../option-values.js';
import { isRuleSetId } from '../rule-set-registry.js';
import { RULE_SET_IDS, type RuleSetId } from '../types.js';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | (DocumentJob & {
      /** How many worker threads evaluate the documents; absent: the command's own thread. */
      readonly workers?: number;
    })
  | { readonly kind: 'serve'; readonly port: number | undefined; readonly host: string | undefined }
  | { readonly kind: 'conformance-export'; readonly directory: string }
  | { readonly kind: 'conformance-run'; readonly url: string; readonly ruleSet: RuleSetId | undefined; readonly json: boolean };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `Usage:
  rummelig evaluate <ruleSet> [--as-of YYYY-MM-DD] [--lang da|en] [--workers N] [rule-set options]
  rummelig validate <form> [--lang da|en] [--workers N]
  rummelig handover [--as-of YYYY-MM-DD] [--lang da|en] [--workers N]
  rummelig serve [--port N] [--host ADDRESS]
  rummelig conformance export <dir>
  rummelig conformance run --url URL [--rule-set <ruleSet>] [--json]
  rummelig --help
  rummelig --version

evaluate, validate and handover read one JSON answer document, or JSON Lines, on
stdin and write one JSON line per document on stdout, in input order. A document
that is not JSON or breaks the data contract gives {"error": {...}, "errors": [...]}
on its line.

handover reads opsporing documents and writes, for each, the start of the
visitation document for step 2 with the step-1 answers and result beside it.

serve starts the HTTP service: POST /v1/evaluate/{ruleSet}, POST /v1/validate/{form}
(application/json, or JSON Lines as application/x-ndjson), GET /v1/rule-sets,
GET /v1/openapi.json and GET /healthz. It prints its address and stops on SIGTERM
or SIGINT after the requests under way.

conformance export writes every rule set's cases as plain JSON, one file per rule
set and index.json, for an implementation in another language to run.
conformance run sends every case to POST {url}/v1/evaluate/{ruleSet}?asOf=... of any
implementation and reports each difference from the expected result.

Rule sets: ${RULE_SET_IDS.join(', ')}
Forms: ${FORM_IDS.join(', ')}

  --as-of YYYY-MM-DD  evaluate with the rules in force on this date (default: today in Denmark)
  --lang da|en        language of error messages (default: da); results carry both languages
  --workers N         evaluate, validate, handover: share the documents among N worker threads
                      (1 to 64); the output keeps the input's order
  --port N            serve: the port to listen on (default: the PORT environment variable, else ${DEFAULT_PORT})
  --host ADDRESS      serve: the address to listen on (default: the HOST environment variable, else 127.0.0.1)
  --url URL           conformance run: the implementation's base address, e.g. http://127.0.0.1:${DEFAULT_PORT}
  --rule-set ID       conformance run: run this rule set's cases only
  --json              conformance run: write the report as JSON

Rule-set options (evaluate only):
  --impact-dimension either|future|both
                      visitation: which impact answers criterion b reads: past or future
                      (either, the default), the future only, or both

A line that is empty, not UTF-8 or longer than 1 MiB gets an error line too, so the
n-th line out is always the n-th line in's. Output that is closed early (| head)
ends the command quietly.

An empty input (0 bytes) is one empty document: it gets an invalid-json error line.
A BOM (U+FEFF) at the start of any line is dropped, so files can be concatenated.
Each option may be given once.

Exit status: 0 when every document (or case) succeeded, 1 when any failed, 2 for a
usage error or, for conformance run, an endpoint that cannot be reached, 3 when the
command itself failed or cannot run (a defect, or an installation that is not built;
stderr says what).
`;

const fail = (message: string): ParsedArgs => ({ ok: false, message });

/** `impactDimension` is written `--impact-dimension` on the command line. */
const flagOf = (option: string): string => option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const RULE_SET_FLAGS = new Map([...OPTION_NAMES.keys()].map((option) => [flagOf(option), option]));

/** The options each command takes (rule-set options aside, which evaluate takes). */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  evaluate: ['as-of', 'lang', 'workers'],
  validate: ['lang', 'workers'],
  handover: ['as-of', 'lang', 'workers'],
  serve: ['port', 'host'],
  'conformance export': [],
  'conformance run': ['url', 'rule-set', 'json'],
};
const BOOLEAN_OPTIONS = new Set(['json']);
const KNOWN_OPTIONS = new Set([...Object.values(COMMAND_OPTIONS).flat(), ...RULE_SET_FLAGS.keys()]);

/** Parses `<command> <name> [options]`; options may be written `--as-of 2026-01-01` or `--as-of=2026-01-01`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, command: { kind: 'help' } };
  if (argv.includes('--version')) return { ok: true, command: { kind: 'version' } };
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    if (!KNOWN_OPTIONS.has(name)) return fail(`unknown option "${arg}"`);
    // Taking the last of two would decide silently between two dates; the HTTP service refuses a repeated asOf too.
    if (options.has(name)) return fail(`option --${name} is given more than once`);
    if (BOOLEAN_OPTIONS.has(name)) {
      if (equals >= 0) return fail(`option --${name} takes no value`);
      options.set(name, 'true');
      continue;
    }
    const value = equals < 0 ? argv[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '') return fail(`option --${name} needs a value`);
    options.set(name, value);
  }

  const [command, ...names] = positional;
  if (command === undefined) return fail('missing command: evaluate, validate, handover, serve or conformance');
  const key = command === 'conformance' ? `conformance ${names[0] ?? ''}` : command;
  const allowed = COMMAND_OPTIONS[key];
  if (allowed === undefined) {
    if (command === 'conformance') return fail(`${names[0] === undefined ? 'missing' : `unknown`} conformance command${names[0] === undefined ? '' : ` "${names[0]}"`}: use export or run`);
    return fail(`unknown command "${command}": use evaluate, validate, handover, serve or conformance`);
  }
  for (const name of options.keys()) {
    if (allowed.includes(name) || (key === 'evaluate' && RULE_SET_FLAGS.has(name))) continue;
    const takers = Object.entries(COMMAND_OPTIONS)
      .filter(([, list]) => list.includes(name))
      .map(([taker]) => taker);
    return fail(`--${name} applies to ${(takers.length === 0 ? ['evaluate'] : takers).join(' and ')} only`);
  }
  const lang = options.get('lang') ?? 'da';
  if (!isLocale(lang)) return fail(`--lang must be da or en, not "${lang}"`);
  const workersText = options.get('workers');
  const workers = workersText === undefined ? undefined : /^\d+$/.test(workersText) ? Number(workersText) : Number.NaN;
  if (workers !== undefined && !(workers >= 1 && workers <= 64)) return fail(`--workers must be a whole number from 1 to 64, not "${workersText ?? ''}"`);
  const withWorkers = <T extends object>(job: T): T & { workers?: number } => (workers === undefined ? job : { ...job, workers });
  const rest = command === 'conformance' ? names.slice(1) : names;
  const [name, ...extra] = rest;
  const unexpected = (argument: string | undefined): ParsedArgs => fail(`unexpected argument "${argument ?? ''}"`);

  switch (key) {
    case 'evaluate': {
      if (extra.length > 0) return unexpected(extra[0]);
      if (name === undefined) return fail(`missing rule set: ${RULE_SET_IDS.join(', ')}`);
      if (!isRuleSetId(name)) return fail(`unknown rule set "${name}"; known rule sets: ${RULE_SET_IDS.join(', ')}`);
      const given = new Map<string, string>();
      for (const [flag, option] of RULE_SET_FLAGS) {
        const value = options.get(flag);
        if (value !== undefined) given.set(option, value);
      }
      const chosen = chooseOptions(name, given, (option) => `--${flagOf(option)}`);
      if (!chosen.ok) return fail(chosen.message);
      const base = { kind: 'evaluate', ruleSet: name, asOf: options.get('as-of'), locale: lang } as const;
      return { ok: true, command: withWorkers(chosen.options === undefined ? base : { ...base, options: chosen.options }) };
    }
    case 'validate':
      if (extra.length > 0) return unexpected(extra[0]);
      if (name === undefined) return fail(`missing form: ${FORM_IDS.join(', ')}`);
      if (!isFormId(name)) return fail(`unknown form "${name}"; known forms: ${FORM_IDS.join(', ')}`);
      return { ok: true, command: withWorkers({ kind: 'validate', form: name, locale: lang } as const) };
    case 'handover':
      if (name !== undefined) return fail(`unexpected argument "${name}": handover reads opsporing documents`);
      return { ok: true, command: withWorkers({ kind: 'handover', asOf: options.get('as-of'), locale: lang } as const) };
    case 'serve': {
      if (name !== undefined) return unexpected(name);
      const port = options.get('port');
      if (port !== undefined && parsePort(port) === undefined) return fail(`--port must be a whole number from 0 to 65535, not "${port}"`);
      return { ok: true, command: { kind: 'serve', port: port === undefined ? undefined : parsePort(port), host: options.get('host') } };
    }
    case 'conformance export':
      if (extra.length > 0) return unexpected(extra[0]);
      if (name === undefined) return fail('missing directory: rummelig conformance export <dir>');
      return { ok: true, command: { kind: 'conformance-export', directory: name } };
    default: {
      if (name !== undefined) return unexpected(name);
      const url = options.get('url');
      if (url === undefined) return fail('missing --url: the base address of the implementation to test');
      if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) return fail(`--url must be an http or https address, not "${url}"`);
      const ruleSet = options.get('rule-set');
      if (ruleSet !== undefined && !isRuleSetId(ruleSet)) return fail(`unknown rule set "${ruleSet}"; known rule sets: ${RULE_SET_IDS.join(', ')}`);
      return { ok: true, command: { kind: 'conformance-run', url, ruleSet, json: options.has('json') } };
    }
  }
}

/** A TCP port written in decimal, or undefined. */
export function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}
