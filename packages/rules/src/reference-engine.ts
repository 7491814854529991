import { Engine, Operator, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { dateAfter, dateOnOrBefore, isPresent, presentCount } from './operators.js';
import { resolvePath } from './path-resolver.js';
import { rulesOfStage, type Stage } from './stages.js';
import type { RuleCondition, RuleDefinition, RuleSetDefinition, RuleSetId, TopLevelRuleCondition } from './types.js';

/**
 * json-rules-engine running the rule sets as they are written: the reference
 * that the compiled evaluator is tested against, and that a vendor can run to
 * see that the JSON means what Rummelig computes. Never part of the browser bundle.
 */

type EngineCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

interface Pool {
  readonly rules: readonly RuleDefinition[];
  /** An Engine keeps its run status on the instance, so concurrent runs each take an idle engine of their own. */
  readonly idle: Engine[];
}

const pools = new WeakMap<RuleSetDefinition, Readonly<Record<Stage, Pool>>>();

/**
 * The rules of one stage that fire for the given facts, in the order the
 * definition lists them (json-rules-engine reports them in completion order).
 */
export async function firedRulesByEngine<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  stage: Stage,
  facts: Readonly<Record<string, unknown>>,
): Promise<readonly RuleDefinition<R>[]> {
  const pool = poolsOf(definition)[stage];
  if (pool.rules.length === 0) return [];
  const engine = pool.idle.pop() ?? createEngine(pool.rules);
  try {
    // The engine reads the facts and never writes them, as the differential test confirms on every document.
    const { results } = await engine.run({ ...facts });
    const fired = new Set(results.map((result) => result.name));
    return definition.rules.filter((rule) => fired.has(rule.name));
  } finally {
    pool.idle.push(engine);
  }
}

function poolsOf(definition: RuleSetDefinition): Readonly<Record<Stage, Pool>> {
  let stages = pools.get(definition);
  if (stages === undefined) {
    stages = { answers: { rules: rulesOfStage(definition, 'answers'), idle: [] }, assessment: { rules: rulesOfStage(definition, 'assessment'), idle: [] } };
    pools.set(definition, stages);
  }
  return stages;
}

function createEngine(rules: readonly RuleDefinition[]): Engine {
  const engine = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const operator of customOperators()) engine.addOperator(operator);
  return engine;
}

/**
 * `fewerPresentThan` compares the number of given items with its value.
 * `present` and `absent` ignore their value (json-rules-engine requires one;
 * rule sets write `true`). They accept any fact value, so an undefined fact
 * reaches them instead of failing a type check.
 */
function customOperators(): Operator[] {
  return [
    new Operator<unknown, unknown>('present', (factValue) => isPresent(factValue), () => true),
    new Operator<unknown, unknown>('absent', (factValue) => !isPresent(factValue), () => true),
    // A list with fewer given items than required, e.g. three goals of which one is blank; an absent list has none.
    new Operator<unknown, unknown>('fewerPresentThan', (factValue, count) => presentCount(factValue) < Number(count), () => true),
    // Dates `YYYY-MM-DD`; either side may be read from a fact, and anything that is not an existing date makes them false.
    new Operator<unknown, unknown>('dateOnOrBefore', (factValue, date) => dateOnOrBefore(factValue, date), () => true),
    new Operator<unknown, unknown>('dateAfter', (factValue, date) => dateAfter(factValue, date), () => true),
  ];
}

function toEngineRule(rule: RuleDefinition): RuleProperties {
  return { name: rule.name, conditions: toTopLevel(rule.conditions), event: { type: rule.event.type, params: { ...rule.event.params } } };
}

function toTopLevel(condition: TopLevelRuleCondition): TopLevelCondition {
  if ('all' in condition) return { all: condition.all.map(toEngineCondition) };
  if ('any' in condition) return { any: condition.any.map(toEngineCondition) };
  return { not: toEngineCondition(condition.not) };
}

function toEngineCondition(condition: RuleCondition): EngineCondition {
  if ('fact' in condition) {
    const { fact, operator, value } = condition;
    return condition.path === undefined ? { fact, operator, value } : { fact, path: condition.path, operator, value };
  }
  return toTopLevel(condition);
}
