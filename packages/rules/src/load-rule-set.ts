import { deepFreeze } from './data-checks.js';
import { dataOfVersion, versionPeriods } from './rule-set-versions.js';
import type { RuleSetDefinition } from './types.js';

/**
 * Reads the versions of a rule set that ships with Rummelig without checking
 * it again: the test suite checks every shipped file with
 * `defineRuleSetVersions` and proves that this gives the same definitions,
 * so pages and servers need not carry the checker. Data from anywhere else
 * goes through `defineRuleSetVersions`.
 */
export function loadShippedVersions(json: unknown): readonly RuleSetDefinition[] {
  const raw = json as Readonly<Record<string, unknown>>;
  const problems: string[] = [];
  const definitions = versionPeriods(raw, problems).map((period) => withDefaults(dataOfVersion(raw, period, problems)));
  // A shipped file with a problem fails the test suite; reaching this is a defect of the release.
  if (problems.length > 0) throw new Error(`Rule set "${String(raw['id'])}" is not valid: ${problems.join('; ')}`);
  return definitions.map(deepFreeze);
}

/** The optional parts a definition always has, as the checker gives them. */
function withDefaults(data: Readonly<Record<string, unknown>>): RuleSetDefinition {
  const criteria = (data['criteria'] as readonly Record<string, unknown>[]).map((criterion) => ({ explanationsByOption: {}, ...criterion }));
  // A warning that rules raise concerns the criteria it lists, none when it lists none; one a decision raises lists none.
  const warnings = ((data['warnings'] ?? []) as readonly Record<string, unknown>[]).map((warning) => ('decision' in warning ? warning : { criteria: [], ...warning }));
  return { options: {}, groups: {}, parameters: {}, figures: [], ...data, criteria, warnings } as unknown as RuleSetDefinition;
}
