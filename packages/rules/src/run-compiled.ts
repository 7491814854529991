import type { Facts } from './compile-conditions.js';
import { compileStage, type CompiledStage } from './compile-stage.js';
import { generatedFor } from './run-generated.js';
import { rulesOfStage, type Stage } from './stages.js';
import type { RuleDefinition, RuleSetDefinition, RuleSetId } from './types.js';

const compiled = new WeakMap<RuleSetDefinition, Readonly<Record<Stage, CompiledStage<RuleDefinition>>>>();

/** Each stage of a definition compiled once to closures (compile-stage.ts). */
function compiledStages(definition: RuleSetDefinition): Readonly<Record<Stage, CompiledStage<RuleDefinition>>> {
  let stages = compiled.get(definition);
  if (stages === undefined) {
    stages = { answers: compileStage(rulesOfStage(definition, 'answers')), assessment: compileStage(rulesOfStage(definition, 'assessment')) };
    compiled.set(definition, stages);
  }
  return stages;
}

/**
 * The rules of one stage that fire for the given facts, in the order the
 * definition lists them: what json-rules-engine's `Engine.run` reports,
 * computed synchronously. A shipped rule set's definition runs on the
 * functions generated for it; any other on closures.
 */
export function firedRulesSync<R extends RuleSetId>(definition: RuleSetDefinition<R>, stage: Stage, facts: Facts): readonly RuleDefinition<R>[] {
  const generated = generatedFor(definition);
  if (generated !== undefined) {
    return (stage === 'answers' ? generated.answers(facts, generated.answerRules) : generated.assessment(facts, generated.assessmentRules)) as readonly RuleDefinition<R>[];
  }
  return firedRulesByClosures(definition, stage, facts);
}

/** As `firedRulesSync`, always on closures: for a rule set without generated functions, and for comparing the two. */
export function firedRulesByClosures<R extends RuleSetId>(definition: RuleSetDefinition<R>, stage: Stage, facts: Facts): readonly RuleDefinition<R>[] {
  return compiledStages(definition)[stage].fired(facts) as RuleDefinition<R>[];
}

/** True when the definition runs on generated functions rather than closures. */
export function runsGenerated(definition: RuleSetDefinition): boolean {
  return generatedFor(definition) !== undefined;
}

/** Compiles a definition's rules to closures now rather than on first use, e.g. before a benchmark. */
export function precompile(definition: RuleSetDefinition): void {
  compiledStages(definition);
}
