import { isIsoDate, RummeligError, todayInDenmark } from '@rummelig/core';
import { defineRuleSetVersions, isRuleSetOf } from './define-rule-set.js';
import fortrinsadgangRules from './rule-sets/fortrinsadgang.rules.json';
import hjaelpemidlerRules from './rule-sets/hjaelpemidler.rules.json';
import isbryderRules from './rule-sets/isbryder.rules.json';
import mentorRules from './rule-sets/mentor.rules.json';
import opsporingRules from './rule-sets/opsporing.rules.json';
import personligAssistanceRules from './rule-sets/personlig-assistance.rules.json';
import visitationRules from './rule-sets/visitation.rules.json';
import { RULE_SET_IDS, type RuleSetDefinition, type RuleSetId } from './types.js';

type Versions = { readonly [R in RuleSetId]: readonly RuleSetDefinition<R>[] };

let versions: Versions | undefined;

/** Every version of every rule set, oldest first. Checked on first use rather than on import. */
function allVersions(): Versions {
  versions ??= {
    opsporing: ofRuleSet('opsporing', opsporingRules),
    visitation: ofRuleSet('visitation', visitationRules),
    'personlig-assistance': ofRuleSet('personlig-assistance', personligAssistanceRules),
    hjaelpemidler: ofRuleSet('hjaelpemidler', hjaelpemidlerRules),
    isbryder: ofRuleSet('isbryder', isbryderRules),
    fortrinsadgang: ofRuleSet('fortrinsadgang', fortrinsadgangRules),
    mentor: ofRuleSet('mentor', mentorRules),
  };
  return versions;
}

function ofRuleSet<R extends RuleSetId>(id: R, json: unknown): readonly RuleSetDefinition<R>[] {
  return defineRuleSetVersions(json).map((definition) => {
    if (!isRuleSetOf(definition, id)) throw new Error(`The rule set registered as "${id}" has the id "${definition.id}".`);
    return definition;
  });
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
    const earliest = candidates[0]?.validFrom ?? '';
    const why = date < earliest ? ` Rummelig has the rules from ${earliest} on; earlier dates are not encoded.` : '';
    throw new RummeligError('as-of-outside-rule-set', `No version of rule set "${id}" is in force on ${date}.${why} In force: ${periods}.`, {
      ruleSet: id,
      asOf: date,
      versions: candidates.map(({ version, validFrom, validTo }) => ({ version, validFrom, validTo })),
    });
  }
  return inForce;
}
