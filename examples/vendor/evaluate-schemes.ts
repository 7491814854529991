// A vendor's case system checking a citizen against every compensation scheme, in bulk, with the reasons kept.
import { validateHko, type HkoAnswers } from '@rummelig/core';
import { evaluateSync, HKO_RULE_SET_IDS, type EvaluationResult, type HkoRuleSetId } from '@rummelig/rules';

export interface SchemeRow {
  readonly scheme: HkoRuleSetId;
  readonly recommendation: string;
  /** Why, criterion by criterion, with the legal source to file with the case. */
  readonly reasons: readonly { readonly criterion: string; readonly status: string; readonly source: string }[];
  readonly missing: readonly string[];
}

/** Every scheme's outcome for one citizen; a document that breaks the contract is reported, not thrown. */
export function checkAllSchemes(document: unknown, asOf: string): readonly SchemeRow[] | { readonly problems: readonly string[] } {
  const checked = validateHko(document);
  if (!checked.valid) return { problems: checked.issues.map((issue) => `${issue.path}: ${issue.code}`) };
  const answers: HkoAnswers = checked.value;
  return HKO_RULE_SET_IDS.map((scheme) => row(scheme, evaluateSync(scheme, answers, { asOf })));
}

function row(scheme: HkoRuleSetId, result: EvaluationResult<HkoRuleSetId>): SchemeRow {
  return {
    scheme,
    recommendation: result.recommendation,
    reasons: result.criteria.map((criterion) => ({ criterion: criterion.id, status: criterion.status, source: criterion.source.ref })),
    missing: result.missing,
  };
}
