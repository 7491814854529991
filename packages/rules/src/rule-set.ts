import { isIsoDate, RummeligError, todayInDenmark, type FormContract, type FormId } from '@rummelig/core';
import type { FigureSupport } from './figures/figure-support.js';
import type { GeneratedEvaluator } from './generated-evaluator.js';
import { bindGenerated, firingOf, type FireRules } from './run-generated.js';
import { deepFreeze } from './data-checks.js';
import type { RuleSetDefinition, RuleSetId } from './types.js';

/**
 * A rule set: its id, the contract of the answer document it reads, and its
 * versions, bound to its generated evaluator on first use. Each rule set is its own module, so that a
 * page that evaluates one carries that one's rules, schema and validator only.
 */
export interface RuleSet<R extends RuleSetId = RuleSetId> {
  readonly id: R;
  readonly contract: FormContract;
  /** Every version, oldest first. */
  readonly versions: () => readonly RuleSetDefinition<R>[];
  /** Parameters and figures, for a rule set that has them. */
  readonly figures?: FigureSupport;
  /** Fires a stage's rules for the facts. */
  readonly fire: FireRules;
}

/**
 * A rule set shipped with Rummelig, from its definitions as the checker gave them at build time
 * (scripts/generate-evaluators.mjs), so that loading it neither checks nor reads dated versions again.
 */
export function ruleSetOf<R extends RuleSetId, F extends FormId>(
  id: R,
  contract: FormContract<F>,
  definitions: readonly RuleSetDefinition[],
  evaluator: GeneratedEvaluator,
  figures?: FigureSupport,
): RuleSet<R> {
  let versions: readonly RuleSetDefinition<R>[] | undefined;
  const load = (): readonly RuleSetDefinition<R>[] => {
    // The build wrote each file's definitions, with the id they are registered under.
    const loaded = definitions.map((definition) => deepFreeze(definition as RuleSetDefinition<R>));
    const needsFigures = loaded.some((definition) => definition.figures.length > 0 || Object.keys(definition.parameters).length > 0);
    if (needsFigures && figures === undefined) throw new Error(`Rule set "${id}" has parameters or figures but was registered without figure support.`);
    for (const definition of loaded) {
      if (!bindGenerated(definition, evaluator)) throw new Error(`The evaluator generated for rule set "${id}" is not for its rules; run "npm run build".`);
    }
    return loaded;
  };
  const ruleSet = {
    id,
    contract: contract as unknown as FormContract,
    versions: () => {
      versions ??= load();
      return versions;
    },
    fire: firingOf(id, evaluator),
  };
  return figures === undefined ? ruleSet : { ...ruleSet, figures };
}

/** The evaluation date: the given `YYYY-MM-DD`, or today in Denmark. Throws `invalid-as-of` for anything else. */
export function resolveAsOf(asOf: string | undefined): string {
  // Only an absent date means today: a null from a mapped request must not quietly evaluate today's rules.
  const date = asOf === undefined ? todayInDenmark() : asOf;
  if (!isIsoDate(date)) {
    throw new RummeligError('invalid-as-of', `"${String(date)}" is not an existing date written YYYY-MM-DD.`, { asOf: date });
  }
  return date;
}

/**
 * The version of a rule set in force on `asOf` (default: today in Denmark).
 * A version is in force from `validFrom` up to and including `validTo`.
 * Throws `as-of-outside-rule-set` for a date no version covers.
 */
export function versionInForce<R extends RuleSetId>(ruleSet: RuleSet<R>, asOf?: string): RuleSetDefinition<R> {
  const candidates = ruleSet.versions();
  const date = resolveAsOf(asOf);
  const inForce = candidates.find((definition) => definition.validFrom <= date && (definition.validTo === null || date <= definition.validTo));
  if (!inForce) {
    const periods = candidates.map((definition) => `${definition.validFrom} to ${definition.validTo ?? 'now'}`).join(', ');
    const earliest = candidates[0]?.validFrom ?? '';
    const why = date < earliest ? ` Rummelig has the rules from ${earliest} on; earlier dates are not encoded.` : '';
    throw new RummeligError('as-of-outside-rule-set', `No version of rule set "${ruleSet.id}" is in force on ${date}.${why} In force: ${periods}.`, {
      ruleSet: ruleSet.id,
      asOf: date,
      versions: candidates.map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo })),
    });
  }
  return inForce;
}
