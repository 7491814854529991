import type { FormId, LocalizedText } from '@rummelig/core';
import { formOf, ruleSetVersions } from '../rule-set-registry.js';
import { RULE_SET_IDS, type RuleSetId } from '../types.js';

export interface ListedVersion {
  readonly version: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly title: LocalizedText;
  /** Each option the version takes: its default and allowed values. */
  readonly options: Readonly<Record<string, { readonly default: string; readonly values: readonly string[] }>>;
}

export interface ListedRuleSet {
  readonly id: RuleSetId;
  readonly form: FormId;
  /** Oldest first. */
  readonly versions: readonly ListedVersion[];
}

/** `GET /v1/rule-sets`: every rule set, read from the registry. */
export function listRuleSets(): { readonly ruleSets: readonly ListedRuleSet[] } {
  return {
    ruleSets: RULE_SET_IDS.map((id) => {
      const versions = ruleSetVersions(id);
      return {
        id,
        form: formOf(id),
        versions: versions.map((definition) => ({
          version: definition.version,
          validFrom: definition.validFrom,
          validTo: definition.validTo,
          title: { da: definition.title.da, en: definition.title.en },
          options: Object.fromEntries(
            Object.entries(definition.options).map(([name, option]) => [name, { default: option.default, values: Object.keys(option.values) }]),
          ),
        })),
      };
    }),
  };
}
