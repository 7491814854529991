import { FORM_IDS, isFormId, isLocale, type FormId, type Locale } from '@rummelig/core';
import { isRuleSetId } from '../rule-set-registry.js';
import { RULE_SET_IDS, type RuleSetId } from '../types.js';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'evaluate'; readonly ruleSet: RuleSetId; readonly asOf: string | undefined; readonly locale: Locale }
  | { readonly kind: 'validate'; readonly form: FormId; readonly locale: Locale };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `Usage:
  rummelig evaluate <ruleSet> [--as-of YYYY-MM-DD] [--lang da|en]
  rummelig validate <form> [--lang da|en]
  rummelig --help

Reads one JSON answer document, or JSON Lines, on stdin and writes one JSON line
per document on stdout, in input order. A document that is not JSON or breaks the
data contract gives {"error": {...}, "errors": [...]} on its line.

Rule sets: ${RULE_SET_IDS.join(', ')}
Forms: ${FORM_IDS.join(', ')}

  --as-of YYYY-MM-DD  evaluate with the rules in force on this date (default: today in Denmark)
  --lang da|en        language of error messages (default: da); results carry both languages

Exit status: 0 when every document succeeded, 1 when any failed, 2 for a usage error.
`;

const fail = (message: string): ParsedArgs => ({ ok: false, message });

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
    if (name !== 'as-of' && name !== 'lang') return fail(`unknown option "${arg}"`);
    const value = equals < 0 ? argv[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '') return fail(`option --${name} needs a value`);
    options.set(name, value);
  }

  const [command, name, ...extra] = positional;
  if (command === undefined) return fail('missing command: evaluate or validate');
  if (extra.length > 0) return fail(`unexpected argument "${extra[0] ?? ''}"`);
  const lang = options.get('lang') ?? 'da';
  if (!isLocale(lang)) return fail(`--lang must be da or en, not "${lang}"`);

  if (command === 'evaluate') {
    if (name === undefined) return fail(`missing rule set: ${RULE_SET_IDS.join(', ')}`);
    if (!isRuleSetId(name)) return fail(`unknown rule set "${name}"; known rule sets: ${RULE_SET_IDS.join(', ')}`);
    return { ok: true, command: { kind: 'evaluate', ruleSet: name, asOf: options.get('as-of'), locale: lang } };
  }
  if (command === 'validate') {
    if (options.has('as-of')) return fail('--as-of applies to evaluate only');
    if (name === undefined) return fail(`missing form: ${FORM_IDS.join(', ')}`);
    if (!isFormId(name)) return fail(`unknown form "${name}"; known forms: ${FORM_IDS.join(', ')}`);
    return { ok: true, command: { kind: 'validate', form: name, locale: lang } };
  }
  return fail(`unknown command "${command}": use evaluate or validate`);
}
