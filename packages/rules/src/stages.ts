import { readsAssessment } from './check-rules.js';
import type { RuleDefinition, RuleSetDefinition, RuleSetId } from './types.js';

/**
 * A rule set runs in two stages: the rules on the answers (and options)
 * first; then the rules that read the assessment made from them, which can
 * only add missing answers and warnings.
 */
export type Stage = 'answers' | 'assessment';

const split = new WeakMap<RuleSetDefinition, Readonly<Record<Stage, readonly RuleDefinition[]>>>();

/** The rules of one stage, in the order the definition lists them. */
export function rulesOfStage<R extends RuleSetId>(definition: RuleSetDefinition<R>, stage: Stage): readonly RuleDefinition<R>[] {
  let stages = split.get(definition);
  if (stages === undefined) {
    stages = {
      answers: definition.rules.filter((rule) => !readsAssessment(rule.conditions)),
      assessment: definition.rules.filter((rule) => readsAssessment(rule.conditions)),
    };
    split.set(definition, stages);
  }
  return stages[stage] as readonly RuleDefinition<R>[];
}
