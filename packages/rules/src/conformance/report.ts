import type { ConformanceReport } from './run-suite.js';

/** Differences shown for each failing case; the JSON report has them all. */
const SHOWN_DIFFERENCES = 5;

const show = (value: unknown): string => (value === undefined ? '(absent)' : JSON.stringify(value));

/** The report as a person reads it: a table of rule sets, then the first differences of each failing case. */
export function formatReport(report: ConformanceReport): string {
  const rows = [['rule set', 'cases', 'passed', 'failed', ''], ...report.ruleSets.map((item) => [item.ruleSet, String(item.cases.length), String(item.passed), String(item.failed), item.failed === 0 ? 'PASS' : 'FAIL'])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd());
  const lines = [`Conformance of ${report.url}`, '', ...table];
  for (const { ruleSet, cases } of report.ruleSets) {
    for (const failure of cases.filter((item) => !item.passed)) {
      lines.push('', `FAIL ${ruleSet} / ${failure.id}`);
      for (const difference of failure.differences.slice(0, SHOWN_DIFFERENCES)) {
        lines.push(`  ${difference.key}: expected ${show(difference.expected)}, got ${show(difference.actual)}`);
      }
      const more = failure.differences.length - SHOWN_DIFFERENCES;
      if (more > 0) lines.push(`  … and ${more} more`);
    }
  }
  const passed = report.ruleSets.reduce((sum, item) => sum + item.passed, 0);
  const failed = report.ruleSets.reduce((sum, item) => sum + item.failed, 0);
  lines.push('', `${passed} passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}
