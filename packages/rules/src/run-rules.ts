import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { readsAssessment } from './check-rules.js';
import { customOperators } from './operators.js';
import { resolvePath } from './path-resolver.js';
import type { RuleCondition, RuleDefinition, RuleSetDefinition, RuleSetId, TopLevelRuleCondition } from './types.js';

type EngineCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

/**
 * A rule set runs in two stages: the rules on the answers (and options)
 * first; then the rules that read the assessment made from them, which can
 * only add missing answers and warnings.
 */
export type Stage = 'answers' | 'assessment';

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
export async function firedRules<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  stage: Stage,
  facts: Readonly<Record<string, unknown>>,
): Promise<readonly RuleDefinition<R>[]> {
  const pool = poolsOf(definition)[stage];
  if (pool.rules.length === 0) return [];
  const engine = pool.idle.pop() ?? createEngine(pool.rules);
  try {
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
    const late = (rule: RuleDefinition): boolean => readsAssessment(rule.conditions);
    stages = {
      answers: { rules: definition.rules.filter((rule) => !late(rule)), idle: [] },
      assessment: { rules: definition.rules.filter(late), idle: [] },
    };
    pools.set(definition, stages);
  }
  return stages;
}

function createEngine(rules: readonly RuleDefinition[]): Engine {
  const engine = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const operator of customOperators()) engine.addOperator(operator);
  return engine;
}

/** Each top-level property is a fact. The engine gets a copy, so nothing it does can reach the caller's document. */
export function factsOf(document: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(structuredClone(document)).filter(([, value]) => value !== undefined));
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
