import type { Facts } from './compile-conditions.js';
import { rulesFingerprint, type GeneratedEvaluator } from './generated-evaluator.js';
import { rulesOfStage, type Stage } from './stages.js';
import type { RuleDefinition, RuleSetDefinition } from './types.js';

/** Fires the rules of one stage of a definition for the facts, as json-rules-engine's `Engine.run` does. */
export type FireRules = (definition: RuleSetDefinition, stage: Stage, facts: Facts) => readonly RuleDefinition[];

/** A definition's generated functions with each stage's rules, as plain properties: reads of a module namespace are slower. */
interface Bound {
  readonly answers: GeneratedEvaluator['answers'];
  readonly assessment: GeneratedEvaluator['assessment'];
  readonly answerRules: readonly RuleDefinition[];
  readonly assessmentRules: readonly RuleDefinition[];
}

const bound = new WeakMap<RuleSetDefinition, Bound>();

/**
 * Binds the functions generated at build time to a definition, if they are
 * for exactly its rules: the same fingerprint and the same rules in each
 * stage. Undefined when they are not.
 */
export function bindGenerated(definition: RuleSetDefinition, evaluator: GeneratedEvaluator): Bound | undefined {
  const known = bound.get(definition);
  if (known !== undefined) return known;
  const matches =
    evaluator.fingerprint === rulesFingerprint(definition.rules) &&
    (['answers', 'assessment'] as const).every((stage) => rulesOfStage(definition, stage).map((rule) => rule.name).join('\n') === evaluator.stageRules[stage].join('\n'));
  if (!matches) return undefined;
  const made = { answers: evaluator.answers, assessment: evaluator.assessment, answerRules: rulesOfStage(definition, 'answers'), assessmentRules: rulesOfStage(definition, 'assessment') };
  bound.set(definition, made);
  return made;
}

/** The generated functions bound to a definition, if any. */
export function generatedFor(definition: RuleSetDefinition): Bound | undefined {
  return bound.get(definition);
}

/**
 * How a shipped rule set fires its rules: on the functions generated for it.
 * They are generated from the same files on every build, so a mismatch is a
 * defect of the build and is thrown, not hidden.
 */
export function firingOf(id: string, evaluator: GeneratedEvaluator): FireRules {
  let lastDefinition: RuleSetDefinition | undefined;
  let last: Bound | undefined;
  return (definition, stage, facts) => {
    // Evaluations come in runs of one definition; remembering the last saves a lookup per stage.
    if (definition !== lastDefinition || last === undefined) {
      last = bindGenerated(definition, evaluator);
      if (last === undefined) throw new Error(`The evaluator generated for rule set "${id}" is not for its rules; run "npm run build".`);
      lastDefinition = definition;
    }
    return stage === 'answers' ? last.answers(facts, last.answerRules) : last.assessment(facts, last.assessmentRules);
  };
}
