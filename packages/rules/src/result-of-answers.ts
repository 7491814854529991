import { RummeligError } from '@rummelig/core';
import { canonicalJson } from './canonical-json.js';
import type { DocumentEvaluation } from './evaluate.js';
import type { DecisionRecord } from './decision-record.js';
import type { EvaluationResult, RuleSetId } from './types.js';

/** What the rules decide in a result, without its texts: what a decision record keeps, and what two results must share. */
export type DecidedOutcome<R extends RuleSetId = RuleSetId> = Pick<DecisionRecord<R>, 'recommendation' | 'criteria' | 'missing' | 'warnings' | 'decision' | 'figures'>;

export function decidedOutcome<R extends RuleSetId>(result: EvaluationResult<R>): DecidedOutcome<R> {
  const decided = {
    recommendation: result.recommendation,
    // The legal reference without its explanatory note: the record keeps what was applied, not the texts.
    criteria: result.criteria.map(({ id, role, status, source: { note: _note, ...source } }) => ({ id, role, status, source })),
    missing: [...result.missing],
    warnings: result.warnings.map((warning) => warning.code),
    decision: result.decision,
  };
  if (result.figures === undefined) return decided;
  return { ...decided, figures: Object.fromEntries(result.figures.map((figure) => [figure.id, figure.value])) };
}

/**
 * Throws RummeligError `invalid-document` unless `result` is the evaluation of the answers that `recomputed`
 * re-evaluated on the result's date: answers that break the contract, a result of another rule set, or an outcome
 * the rules do not give for these answers. `use` says what the result was to be used for.
 */
export function assertResultOfAnswers(recomputed: DocumentEvaluation, result: EvaluationResult, use: string): void {
  if (!recomputed.ok) {
    throw new RummeligError('invalid-document', `The answers break the data contract, so ${use}.`, { issues: recomputed.issues });
  }
  const expected = recomputed.result;
  if (result.ruleSet !== expected.ruleSet || canonicalJson(decidedOutcome(result)) !== canonicalJson(decidedOutcome(expected))) {
    throw new RummeligError('invalid-document', `The result is not the ${expected.ruleSet} result of these answers on ${expected.asOf} with these options, so ${use}.`, {
      ruleSet: result.ruleSet,
    });
  }
}
