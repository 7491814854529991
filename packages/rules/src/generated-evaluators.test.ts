import { readFileSync } from 'node:fs';
import { generatePopulation } from '@rummelig/core/population';
import { describe, expect, it } from 'vitest';
import { prepareEvaluation } from './evaluation-steps.js';
import { assessFirstStage } from './evaluation-steps.js';
import { ruleSetById } from './rule-set-registry.js';
import { firedRulesByClosures, firedRulesSync, runsGenerated } from './run-compiled.js';
import { RULE_SET_IDS } from './types.js';

const DOCUMENTS = 20_000;
const names = (rules: readonly { readonly name: string }[]) => rules.map((rule) => rule.name).join(',');

describe.each(RULE_SET_IDS)('the evaluator generated for %s', (id) => {
  it('is the one every version runs on, and holds no code generator', () => {
    for (const definition of ruleSetById(id).versions()) expect(runsGenerated(definition), definition.version).toBe(true);
    const code = readFileSync(new URL(`./generated/${id}-evaluator.js`, import.meta.url), 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });

  it('fires exactly the rules the closures fire, on generated documents of every version', () => {
    const form = id === 'opsporing' || id === 'visitation' ? id : 'hko';
    const dates = ruleSetById(id).versions().map((definition) => definition.validFrom);
    let index = 0;
    for (const { document } of generatePopulation(form, { seed: 5, count: DOCUMENTS })) {
      const prepared = prepareEvaluation(ruleSetById(id), document, { asOf: dates[index++ % dates.length] ?? '2026-11-22' });
      if ('issues' in prepared) continue;
      const { definition, facts } = prepared;
      const first = firedRulesSync(definition, 'answers', facts);
      expect(names(first)).toBe(names(firedRulesByClosures(definition, 'answers', facts)));
      const second = assessFirstStage(prepared, first).facts;
      expect(names(firedRulesSync(definition, 'assessment', second))).toBe(names(firedRulesByClosures(definition, 'assessment', second)));
    }
  });
});
