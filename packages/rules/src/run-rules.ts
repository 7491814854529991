import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { customOperators } from './operators.js';
import { resolvePath } from './path-resolver.js';
import type { RuleCondition, RuleDefinition, RuleSetDefinition, RuleSetId, TopLevelRuleCondition } from './types.js';

type EngineCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

/**
 * Idle engines per rule set. An Engine keeps its run status on the instance,
 * so concurrent runs on one engine could cut each other short: each run takes
 * an engine of its own and returns it afterwards.
 */
const idleEngines = new WeakMap<RuleSetDefinition, Engine[]>();

/**
 * The rules of a definition that fire for a document, in the order the
 * definition lists them (json-rules-engine reports them in completion order).
 */
export async function firedRules<R extends RuleSetId>(
  definition: RuleSetDefinition<R>,
  document: object,
): Promise<readonly RuleDefinition<R>[]> {
  const idle = idleEngines.get(definition) ?? [];
  idleEngines.set(definition, idle);
  const engine = idle.pop() ?? createEngine(definition);
  try {
    const { results } = await engine.run(factsOf(document));
    const fired = new Set(results.map((result) => result.name));
    return definition.rules.filter((rule) => fired.has(rule.name));
  } finally {
    idle.push(engine);
  }
}

function createEngine(definition: RuleSetDefinition): Engine {
  const engine = new Engine(definition.rules.map(toEngineRule), { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const operator of customOperators()) engine.addOperator(operator);
  return engine;
}

/** Each top-level property is a fact. The engine gets a copy, so nothing it does can reach the caller's document. */
function factsOf(document: object): Record<string, unknown> {
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
