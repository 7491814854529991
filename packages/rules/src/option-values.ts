import { RULE_SET_IDS, RULE_SET_OPTIONS, type RuleSetId } from './types.js';

/** Every rule-set option by its name in the API, with the rule sets that take it and their allowed values. */
export const OPTION_NAMES: ReadonlyMap<string, ReadonlyMap<RuleSetId, readonly string[]>> = (() => {
  const names = new Map<string, Map<RuleSetId, readonly string[]>>();
  for (const ruleSet of RULE_SET_IDS) {
    const options: Readonly<Record<string, readonly string[]>> = RULE_SET_OPTIONS[ruleSet];
    for (const [option, values] of Object.entries(options)) {
      const ruleSets = names.get(option) ?? new Map<RuleSetId, readonly string[]>();
      ruleSets.set(ruleSet, values);
      names.set(option, ruleSets);
    }
  }
  return names;
})();

export type ChosenOptions = { readonly ok: true; readonly options?: Readonly<Record<string, string>> } | { readonly ok: false; readonly message: string };

/**
 * Checks option values given as text (command-line flags, query parameters)
 * against the options a rule set takes. `spell` writes an option's name the
 * way the caller gave it, e.g. `--impact-dimension` or `impactDimension`.
 * `options` is present only when some were given.
 */
export function chooseOptions(ruleSet: RuleSetId, given: ReadonlyMap<string, string>, spell: (option: string) => string): ChosenOptions {
  const chosen: Record<string, string> = {};
  for (const [option, value] of given) {
    const ruleSets = OPTION_NAMES.get(option);
    if (ruleSets === undefined) return { ok: false, message: `unknown option ${spell(option)}` };
    const allowed = ruleSets.get(ruleSet);
    if (allowed === undefined) return { ok: false, message: `${spell(option)} applies to rule set ${[...ruleSets.keys()].join(', ')} only` };
    if (!allowed.includes(value)) return { ok: false, message: `${spell(option)} must be ${allowed.join(', ')}, not "${value}"` };
    chosen[option] = value;
  }
  return Object.keys(chosen).length === 0 ? { ok: true } : { ok: true, options: chosen };
}
