import type { Facts } from './compile-conditions.js';
import type { Stage } from './stages.js';

/**
 * The functions scripts/generate-evaluators.mjs writes for a rule set at
 * build time: per stage, given the facts and the stage's rules in order, the rules that fire.
 */
export interface GeneratedEvaluator {
  /** FNV-1a of the rules' JSON they were generated from. */
  readonly fingerprint: string;
  /** The names of each stage's rules, in the order the functions expect them. */
  readonly stageRules: Readonly<Record<Stage, readonly string[]>>;
  readonly answers: <T>(facts: Facts, rules: readonly T[]) => readonly T[];
  readonly assessment: <T>(facts: Facts, rules: readonly T[]) => readonly T[];
}

/** FNV-1a over the rules' JSON; the generator writes it beside the functions, and loading compares the two. */
export function rulesFingerprint(rules: unknown): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(rules);
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
