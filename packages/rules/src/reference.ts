/**
 * `@rummelig/rules/reference`: the rule sets run by json-rules-engine itself,
 * as written. Rummelig's own evaluator compiles the same JSON to closures and
 * is tested to give identical results; this entry lets anyone check that, and
 * is what the benchmarks compare against. It is not in the browser bundle.
 */
import type { DocumentEvaluation } from './evaluate.js';
import { assessFirstStage, finishEvaluation, prepareEvaluation } from './evaluation-steps.js';
import { firedRulesByEngine } from './reference-engine.js';
import { ruleSetById } from './rule-set-registry.js';
import type { EvaluateOptions, RuleSetId } from './types.js';

/** As `evaluateDocument`, with every rule run by json-rules-engine's `Engine.run`. */
export async function evaluateDocumentWithJsonRulesEngine<R extends RuleSetId>(
  ruleSet: R,
  document: unknown,
  options: EvaluateOptions<R> = {},
): Promise<DocumentEvaluation<R>> {
  const prepared = prepareEvaluation(ruleSetById(ruleSet), document, options);
  if ('issues' in prepared) return { ok: false, issues: prepared.issues };
  const first = await firedRulesByEngine(prepared.definition, 'answers', prepared.facts);
  const { assessment, facts } = assessFirstStage(prepared, first);
  const second = await firedRulesByEngine(prepared.definition, 'assessment', facts);
  return { ok: true, result: finishEvaluation(prepared, assessment, first, second) };
}
