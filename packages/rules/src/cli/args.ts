import { FORM_IDS, isFormId, isLocale, type FormId, type Locale } from '@rummelig/core';
import { isRuleSetId } from '../rule-set-registry.js';
import { RULE_SET_IDS, RULE_SET_OPTIONS, type RuleSetId } from '../types.js';

export type Command =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'evaluate';
      readonly ruleSet: RuleSetId;
      readonly asOf: string | undefined;
      readonly locale: Locale;
      /** The rule set's options, by their name in the API (`impactDimension`); present only when some were given. */
      readonly options?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'validate'; readonly form: FormId; readonly locale: Locale }
  | { readonly kind: 'handover'; readonly asOf: string | undefined; readonly locale: Locale };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `Usage:
  rummelig evaluate <ruleSet> [--as-of YYYY-MM-DD] [--lang da|en] [rule-set options]
  rummelig validate <form> [--lang da|en]
  rummelig handover [--as-of YYYY-MM-DD] [--lang da|en]
  rummelig --help

Reads one JSON answer document, or JSON Lines, on stdin and writes one JSON line
per document on stdout, in input order. A document that is not JSON or breaks the
data contract gives {"error": {...}, "errors": [...]} on its line.

handover reads opsporing documents and writes, for each, the start of the
visitation document for step 2 with the step-1 answers and result beside it.

Rule sets: ${RULE_SET_IDS.join(', ')}
Forms: ${FORM_IDS.join(', ')}

  --as-of YYYY-MM-DD  evaluate with the rules in force on this date (default: today in Denmark)
  --lang da|en        language of error messages (default: da); results carry both languages

Rule-set options (evaluate only):
  --impact-dimension either|future|both
                      visitation: which impact answers criterion b reads: past or future
                      (either, the default), the future only, or both

Exit status: 0 when every document succeeded, 1 when any failed, 2 for a usage error.
`;

const fail = (message: string): ParsedArgs => ({ ok: false, message });

/** `impactDimension` is written `--impact-dimension` on the command line. */
const flagOf = (option: string): string => option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every rule-set option's flag, with the rule sets that take it and their allowed values. */
const OPTION_FLAGS = new Map<string, { readonly option: string; readonly ruleSets: Map<RuleSetId, readonly string[]> }>();
for (const ruleSet of RULE_SET_IDS) {
  const options: Readonly<Record<string, readonly string[]>> = RULE_SET_OPTIONS[ruleSet];
  for (const [option, values] of Object.entries(options)) {
    const entry = OPTION_FLAGS.get(flagOf(option)) ?? { option, ruleSets: new Map<RuleSetId, readonly string[]>() };
    entry.ruleSets.set(ruleSet, values);
    OPTION_FLAGS.set(flagOf(option), entry);
  }
}

/** Parses `<command> <name> [options]`; options may be written `--as-of 2026-01-01` or `--as-of=2026-01-01`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, command: { kind: 'help' } };
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
    if (name !== 'as-of' && name !== 'lang' && !OPTION_FLAGS.has(name)) return fail(`unknown option "${arg}"`);
    const value = equals < 0 ? argv[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '') return fail(`option --${name} needs a value`);
    options.set(name, value);
  }

  const [command, name, ...extra] = positional;
  if (command === undefined) return fail('missing command: evaluate, validate or handover');
  if (extra.length > 0) return fail(`unexpected argument "${extra[0] ?? ''}"`);
  const lang = options.get('lang') ?? 'da';
  if (!isLocale(lang)) return fail(`--lang must be da or en, not "${lang}"`);

  if (command === 'evaluate') {
    if (name === undefined) return fail(`missing rule set: ${RULE_SET_IDS.join(', ')}`);
    if (!isRuleSetId(name)) return fail(`unknown rule set "${name}"; known rule sets: ${RULE_SET_IDS.join(', ')}`);
    const chosen: Record<string, string> = {};
    for (const [flag, { option, ruleSets }] of OPTION_FLAGS) {
      const value = options.get(flag);
      if (value === undefined) continue;
      const allowed = ruleSets.get(name);
      if (allowed === undefined) return fail(`--${flag} applies to rule set ${[...ruleSets.keys()].join(', ')} only`);
      if (!allowed.includes(value)) return fail(`--${flag} must be ${allowed.join(', ')}, not "${value}"`);
      chosen[option] = value;
    }
    const base = { kind: 'evaluate', ruleSet: name, asOf: options.get('as-of'), locale: lang } as const;
    return { ok: true, command: Object.keys(chosen).length === 0 ? base : { ...base, options: chosen } };
  }
  if (command === 'validate') {
    if (options.has('as-of')) return fail('--as-of applies to evaluate only');
    const flag = [...OPTION_FLAGS.keys()].find((key) => options.has(key));
    if (flag !== undefined) return fail(`--${flag} applies to evaluate only`);
    if (name === undefined) return fail(`missing form: ${FORM_IDS.join(', ')}`);
    if (!isFormId(name)) return fail(`unknown form "${name}"; known forms: ${FORM_IDS.join(', ')}`);
    return { ok: true, command: { kind: 'validate', form: name, locale: lang } };
  }
  if (command === 'handover') {
    if (name !== undefined) return fail(`unexpected argument "${name}": handover reads opsporing documents`);
    const flag = [...OPTION_FLAGS.keys()].find((key) => options.has(key));
    if (flag !== undefined) return fail(`--${flag} applies to evaluate only`);
    return { ok: true, command: { kind: 'handover', asOf: options.get('as-of'), locale: lang } };
  }
  return fail(`unknown command "${command}": use evaluate, validate or handover`);
}
