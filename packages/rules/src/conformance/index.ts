/**
 * `@rummelig/rules/conformance`: every rule set's cases, and the suite that
 * runs them against any HTTP implementation of the evaluation, as
 * `rummelig conformance` does. For Node.
 */
export { RULE_SET_CASES, type RuleSetCases, type RuleSetCase, type ExpectedOutcome, type ExpectedText } from '../rule-sets/cases.js';
export { compareCase, deepEqual, COMPARISON_RULES, type Difference } from './compare.js';
export { exportConformance, conformanceIndex, casesFileName } from './export-suite.js';
export {
  runConformance,
  caseUrl,
  EndpointUnreachable,
  type ConformanceOptions,
  type ConformanceReport,
  type RuleSetReport,
  type CaseReport,
} from './run-suite.js';
export { formatReport } from './report.js';
export { runConformanceCommand } from './command.js';
export type { Writable } from '../cli/output.js';
