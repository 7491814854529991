import type { CriterionStatus } from './types.js';

/**
 * Kleene's strong conjunction over three-valued criteria: one `not-met`
 * decides against, whatever is unknown; all `met` decides for; anything else
 * stays `unknown`. The conjunction of no criteria is `met`.
 */
export function kleeneAnd(statuses: Iterable<CriterionStatus>): CriterionStatus {
  let result: CriterionStatus = 'met';
  for (const status of statuses) {
    if (status === 'not-met') return 'not-met';
    if (status === 'unknown') result = 'unknown';
  }
  return result;
}

/** Kleene's strong disjunction: one `met` decides for; all `not-met` decides against; otherwise `unknown`. */
export function kleeneOr(statuses: Iterable<CriterionStatus>): CriterionStatus {
  let result: CriterionStatus = 'not-met';
  for (const status of statuses) {
    if (status === 'met') return 'met';
    if (status === 'unknown') result = 'unknown';
  }
  return result;
}
