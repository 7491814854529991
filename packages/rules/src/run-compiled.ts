import { compileCondition, type Facts, type ShareCondition, type Test } from './compile-conditions.js';
import { rulesOfStage, type Stage } from './stages.js';
import type { RuleDefinition, RuleSetDefinition, RuleSetId } from './types.js';

interface CompiledRule {
  readonly rule: RuleDefinition;
  readonly test: Test;
}

const compiled = new WeakMap<RuleSetDefinition, Readonly<Record<Stage, readonly CompiledRule[]>>>();

/** Each rule of a definition as a closure, compiled once per definition. */
function compiledStages(definition: RuleSetDefinition): Readonly<Record<Stage, readonly CompiledRule[]>> {
  let stages = compiled.get(definition);
  if (stages === undefined) {
    const compileStage = (stage: Stage) => {
      const rules = rulesOfStage(definition, stage);
      const share = sharingRepeatedParts(rules);
      return rules.map((rule) => ({ rule, test: compileCondition(rule.conditions, share) }));
    };
    stages = { answers: compileStage('answers'), assessment: compileStage('assessment') };
    compiled.set(definition, stages);
  }
  return stages;
}

/** Counts up at every stage run, so that a shared part knows whether its remembered answer is for these facts. */
let run = 0;

/**
 * A part that several rules of a stage repeat (such as "some impairment has
 * an impact") is computed once per run and remembered for the others.
 */
function sharingRepeatedParts(rules: readonly RuleDefinition[]): ShareCondition {
  const seen = new Map<string, number>();
  const visit = (condition: unknown): void => {
    const key = JSON.stringify(condition);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (condition !== null && typeof condition === 'object') {
      const parts = (condition as { all?: unknown[]; any?: unknown[]; not?: unknown }).all ?? (condition as { any?: unknown[] }).any;
      if (parts) for (const part of parts) visit(part);
      const negated = (condition as { not?: unknown }).not;
      if (negated !== undefined) visit(negated);
    }
  };
  for (const rule of rules) visit(rule.conditions);
  const shared = new Map<string, Test>();
  return (condition, test) => {
    const key = JSON.stringify(condition);
    if ((seen.get(key) ?? 0) < 2) return test;
    let remembered = shared.get(key);
    if (remembered === undefined) {
      let answeredIn = -1;
      let answer = false;
      remembered = (facts) => {
        if (answeredIn !== run) {
          answer = test(facts);
          answeredIn = run;
        }
        return answer;
      };
      shared.set(key, remembered);
    }
    return remembered;
  };
}

/**
 * The rules of one stage that fire for the given facts, in the order the
 * definition lists them: what json-rules-engine's `Engine.run` reports,
 * computed synchronously.
 */
export function firedRulesSync<R extends RuleSetId>(definition: RuleSetDefinition<R>, stage: Stage, facts: Facts): readonly RuleDefinition<R>[] {
  const fired: RuleDefinition<R>[] = [];
  run += 1;
  for (const { rule, test } of compiledStages(definition)[stage]) {
    if (test(facts)) fired.push(rule as RuleDefinition<R>);
  }
  return fired;
}

/** Compiles a definition's rules now rather than on its first evaluation, e.g. before a benchmark. */
export function precompile(definition: RuleSetDefinition): void {
  compiledStages(definition);
}
