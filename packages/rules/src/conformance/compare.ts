import { isRecord } from '../data-checks.js';
import type { ExpectedOutcome, RuleSetCase } from '../rule-sets/cases.js';

/** One way a result departs from a case: the key (`criteria.b`, `missing`), what the case expects and what came. */
export interface Difference {
  readonly key: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** The comparison rules, in words, as index.json of an exported suite states them. */
export const COMPARISON_RULES: readonly string[] = [
  'recommendation: equal to expected.recommendation.',
  'decision: equal to expected.decision (null when the document has no decision).',
  'criteria: the status of each criterion, by id, equal to expected.criteria; the result has exactly the criteria listed there.',
  'missing: equal to expected.missing, in the same order.',
  'warnings: the codes of the warnings, in order, equal to expected.warnings.',
  'figureValues (the schemes): the id and value of every figure the result lists in figures, as a record, equal to expected.figureValues.',
  'ruleSetVersion: where the case names one, equal to the result\'s ruleSetVersion.',
  'Every other key under expected: deep-equal (JSON values; object keys in any order, arrays in order) to the same-named key of the result.',
];

const FIXED = new Set(['recommendation', 'decision', 'criteria', 'missing', 'warnings', 'figureValues']);

/** Compares a result, as any implementation answered it, with what a case expects. No differences: the case passes. */
export function compareCase(testCase: Pick<RuleSetCase, 'expected' | 'ruleSetVersion'>, result: unknown): Difference[] {
  const { expected } = testCase;
  if (!isRecord(result)) return [{ key: '(result)', expected: 'an evaluation result (a JSON object)', actual: result }];
  const differences: Difference[] = [];
  const check = (key: string, want: unknown, got: unknown): void => {
    if (!deepEqual(want, got)) differences.push({ key, expected: want, actual: got });
  };
  check('recommendation', expected.recommendation, result['recommendation']);
  check('decision', expected.decision, result['decision']);

  const statuses = statusesOf(result['criteria']);
  if (statuses === undefined) {
    differences.push({ key: 'criteria', expected: expected.criteria, actual: result['criteria'] });
  } else {
    for (const id of new Set([...Object.keys(expected.criteria), ...statuses.keys()])) check(`criteria.${id}`, expected.criteria[id], statuses.get(id));
  }
  check('missing', expected.missing, result['missing']);
  const warnings = result['warnings'];
  check('warnings', expected.warnings, Array.isArray(warnings) ? warnings.map((warning: unknown) => (isRecord(warning) ? warning['code'] : warning)) : warnings);
  if (expected.figureValues !== undefined) check('figureValues', expected.figureValues, figureValuesOf(result['figures']));
  if (testCase.ruleSetVersion !== undefined) check('ruleSetVersion', testCase.ruleSetVersion, result['ruleSetVersion']);
  for (const [key, want] of Object.entries(expected)) if (!FIXED.has(key)) check(key, want, result[key]);
  return differences;
}

/** The result's figures as a record of id to value, or what the result had when it is no list of figures. */
function figureValuesOf(figures: unknown): unknown {
  if (!Array.isArray(figures)) return figures;
  const values: Record<string, unknown> = {};
  for (const figure of figures as unknown[]) {
    if (!isRecord(figure) || typeof figure['id'] !== 'string') return figures;
    values[figure['id']] = figure['value'];
  }
  return values;
}

function statusesOf(criteria: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(criteria)) return undefined;
  const statuses = new Map<string, unknown>();
  for (const criterion of criteria as unknown[]) {
    if (!isRecord(criterion) || typeof criterion['id'] !== 'string') return undefined;
    statuses.set(criterion['id'], criterion['status']);
  }
  return statuses;
}

/** Equality of JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item: unknown, index) => deepEqual(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}
