import { RummeligError, type FormId } from '@rummelig/core';
import { versionInForce, type RuleSet } from './rule-set.js';
import {
  FORTRINSADGANG_RULE_SET,
  HJAELPEMIDLER_RULE_SET,
  ISBRYDER_RULE_SET,
  MENTOR_RULE_SET,
  OPSPORING_RULE_SET,
  PERSONLIG_ASSISTANCE_RULE_SET,
  VISITATION_RULE_SET,
} from './rule-sets/rule-sets.js';
import { RULE_SET_IDS, type RuleSetDefinition, type RuleSetId } from './types.js';

export { resolveAsOf } from './rule-set.js';

const RULE_SETS: { readonly [R in RuleSetId]: RuleSet<R> } = {
  opsporing: OPSPORING_RULE_SET,
  visitation: VISITATION_RULE_SET,
  'personlig-assistance': PERSONLIG_ASSISTANCE_RULE_SET,
  hjaelpemidler: HJAELPEMIDLER_RULE_SET,
  isbryder: ISBRYDER_RULE_SET,
  fortrinsadgang: FORTRINSADGANG_RULE_SET,
  mentor: MENTOR_RULE_SET,
};

export function isRuleSetId(value: unknown): value is RuleSetId {
  return (RULE_SET_IDS as readonly unknown[]).includes(value);
}

/** A rule set by its id. Throws `unknown-rule-set` for any other name, a mistake in the calling code. */
export function ruleSetById<R extends RuleSetId>(id: R): RuleSet<R> {
  if (!isRuleSetId(id)) {
    throw new RummeligError('unknown-rule-set', `Unknown rule set "${String(id)}". Known rule sets: ${RULE_SET_IDS.join(', ')}.`, {
      ruleSet: id,
    });
  }
  return RULE_SETS[id] as RuleSet<R>;
}

/** Every version of a rule set, oldest first. */
export function ruleSetVersions<R extends RuleSetId>(id: R): readonly RuleSetDefinition<R>[] {
  return ruleSetById(id).versions();
}

/** The form a rule set evaluates: that of its newest version. */
export function formOf(id: RuleSetId): FormId {
  const newest = ruleSetVersions(id).at(-1);
  if (newest === undefined) throw new Error(`Rule set "${id}" has no version.`);
  return newest.form;
}

/**
 * The version of a rule set in force on `asOf` (default: today in Denmark).
 * A version is in force from `validFrom` up to and including `validTo`.
 */
export function getRuleSet<R extends RuleSetId>(id: R, asOf?: string): RuleSetDefinition<R> {
  return versionInForce(ruleSetById(id), asOf);
}
