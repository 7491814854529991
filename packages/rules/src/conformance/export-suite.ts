import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { version } from '../../package.json';
import { formOf, ruleSetVersions } from '../rule-set-registry.js';
import { RULE_SET_CASES } from '../rule-sets/cases.js';
import { RULE_SET_IDS } from '../types.js';
import { COMPARISON_RULES } from './compare.js';

/** The file of a rule set's cases in an exported suite. */
export const casesFileName = (ruleSet: string): string => `${ruleSet}.cases.json`;

/** What index.json of an exported suite holds. */
export function conformanceIndex(): Record<string, unknown> {
  return {
    suite: 'rummelig-conformance',
    package: '@rummelig/rules',
    packageVersion: version,
    request:
      'For each case: POST {url}/v1/evaluate/{ruleSet}?asOf={case.asOf}, with each of case.options as a further query parameter (impactDimension=future), and case.input as the body (Content-Type: application/json). The answer is the result as JSON (data contract, section 5), compared with case.expected.',
    comparison: COMPARISON_RULES,
    ruleSets: RULE_SET_IDS.map((ruleSet) => ({
      ruleSet,
      form: formOf(ruleSet),
      file: casesFileName(ruleSet),
      cases: RULE_SET_CASES[ruleSet].cases.length,
      versions: ruleSetVersions(ruleSet).map(({ version: ruleSetVersion, validFrom, validTo }) => ({ version: ruleSetVersion, validFrom, validTo })),
    })),
  };
}

/** Writes every rule set's cases, one file each, and index.json into `directory` (made if absent). Returns the file names. */
export async function exportConformance(directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const ruleSet of RULE_SET_IDS) {
    await writeFile(join(directory, casesFileName(ruleSet)), `${JSON.stringify(RULE_SET_CASES[ruleSet], null, 2)}\n`);
    written.push(casesFileName(ruleSet));
  }
  await writeFile(join(directory, 'index.json'), `${JSON.stringify(conformanceIndex(), null, 2)}\n`);
  written.push('index.json');
  return written;
}
