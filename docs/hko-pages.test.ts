import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet, HKO_RULE_SET_IDS, ruleSetVersions } from '@rummelig/rules';

/** Each scheme's page describes the rule set as it is: every criterion, figure and version it has. */
describe.each(HKO_RULE_SET_IDS)('docs/hko/%s.md', (ruleSet) => {
  const page = readFileSync(new URL(`./hko/${ruleSet}.md`, import.meta.url), 'utf8');
  const definition = getRuleSet(ruleSet, '2026-11-22');

  it('names every criterion and every figure the result can report', () => {
    for (const criterion of definition.criteria) expect(page, criterion.id).toContain(`\`${criterion.id}\``);
    for (const figure of definition.figures.filter((item) => item.reported !== 'never')) expect(page, figure.id).toContain(`\`${figure.id}\``);
  });

  it('lists every version and is linked from the overview', () => {
    for (const { version } of ruleSetVersions(ruleSet)) expect(page).toContain(version);
    expect(readFileSync(new URL('./hko.md', import.meta.url), 'utf8')).toContain(`(hko/${ruleSet}.md)`);
  });
});
