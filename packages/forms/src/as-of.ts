import { versionInForce, type RuleSet, type RuleSetId } from '@rummelig/rules';

/** Any one of the rule sets, each with its own id. */
export type SomeRuleSet = { readonly [R in RuleSetId]: RuleSet<R> }[RuleSetId];

/** A rules error, by its stable code: what the developer of a portal reads in the console. */
export interface RulesProblem {
  readonly code: string;
  readonly message: string;
}

/** The code and message of an error the rules threw; anything else is told by its message alone. */
export function rulesProblem(error: unknown): RulesProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
  return { code, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Why the form's rule sets cannot be used on `asOf` (`invalid-as-of`, `as-of-outside-rule-set`), or undefined when
 * they can: told as the attribute is set, not first when a citizen sends the answers.
 */
export function asOfProblem(ruleSets: readonly SomeRuleSet[], asOf: string | undefined): RulesProblem | undefined {
  if (!asOf) return undefined;
  try {
    for (const ruleSet of ruleSets) versionInForce(ruleSet as RuleSet, asOf);
    return undefined;
  } catch (error) {
    return rulesProblem(error);
  }
}
