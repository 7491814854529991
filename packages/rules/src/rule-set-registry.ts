import { isIsoDate, RummeligError, todayInDenmark, type FormId } from '@rummelig/core';
import { defineRuleSet, isRuleSetOf } from './define-rule-set.js';
import opsporingRules from './rule-sets/opsporing.rules.json';
import visitationRules from './rule-sets/visitation.rules.json';
import { RULE_SET_IDS, type RuleSetDefinition, type RuleSetId } from './types.js';

type Versions = { readonly [R in RuleSetId]: readonly RuleSetDefinition<R>[] };

let versions: Versions | undefined;

/** Every version of every rule set, oldest first. Checked on first use rather than on import. */
function allVersions(): Versions {
  versions ??= {
    opsporing: [ofRuleSet('opsporing', defineRuleSet(opsporingRules))],
    visitation: [ofRuleSet('visitation', defineRuleSet(visitationRules))],
  };
  return versions;
}

function ofRuleSet<R extends RuleSetId>(id: R, definition: RuleSetDefinition): RuleSetDefinition<R> {
  if (!isRuleSetOf(definition, id)) throw new Error(`The rule set registered as "${id}" has the id "${definition.id}".`);
  return definition;
}

export function isRuleSetId(value: unknown): value is RuleSetId {
  return (RULE_SET_IDS as readonly unknown[]).includes(value);
}

/** The evaluation date: the given `YYYY-MM-DD`, or today in Denmark. Throws `invalid-as-of` for anything else. */
export function resolveAsOf(asOf: string | undefined): string {
  const date = asOf ?? todayInDenmark();
  if (!isIsoDate(date)) {
    throw new RummeligError('invalid-as-of', `"${String(date)}" is not an existing date written YYYY-MM-DD.`, { asOf: date });
  }
  return date;
}

/** Every version of a rule set, oldest first. */
export function ruleSetVersions<R extends RuleSetId>(id: R): readonly RuleSetDefinition<R>[] {
  if (!isRuleSetId(id)) {
    throw new RummeligError('unknown-rule-set', `Unknown rule set "${String(id)}". Known rule sets: ${RULE_SET_IDS.join(', ')}.`, {
      ruleSet: id,
    });
  }
  return allVersions()[id];
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
  const candidates = ruleSetVersions(id);
  const date = resolveAsOf(asOf);
  const inForce = candidates.find((definition) => definition.validFrom <= date && (definition.validTo === null || date <= definition.validTo));
  if (!inForce) {
    const periods = candidates.map((definition) => `${definition.validFrom} to ${definition.validTo ?? 'now'}`).join(', ');
    throw new RummeligError('as-of-outside-rule-set', `No version of rule set "${id}" is in force on ${date}. In force: ${periods}.`, {
      ruleSet: id,
      asOf: date,
      versions: candidates.map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo })),
    });
  }
  return inForce;
}
