import { RummeligError } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { defineRuleSetVersions } from './define-rule-set.js';
import { kleeneOr } from './kleene.js';
import { presentCount } from './operators.js';
import visitationRules from './rule-sets/visitation.rules.json';

function problemsOf(json: unknown): string[] {
  try {
    defineRuleSetVersions(json);
  } catch (error) {
    if (!(error instanceof RummeligError)) throw error;
    return (error.details['problems'] as unknown[]).map(String);
  }
  throw new Error('expected defineRuleSetVersions to reject the data');
}

describe('the visitation rule set data', () => {
  it('loads with its option, group, recommendation table and cited criteria', () => {
    const [definition] = defineRuleSetVersions(visitationRules);
    if (!definition) throw new Error('expected a version');
    expect(definition.options['impactDimension']?.default).toBe('either');
    expect(definition.groups).toEqual({ targetGroup: { all: ['a', { any: ['b', 'c'] }] } });
    expect(definition.criteria.map(({ id, role }) => [id, role])).toEqual([['a', 'required'], ['b', 'required'], ['c', 'supporting'], ['d', 'supplementary'], ['e', 'required']]);
    for (const criterion of definition.criteria) {
      expect(criterion.source.title).toBe(`Vejledning til visitationssamtalen, kriterie ${criterion.id}`);
      expect(criterion.source.ref).toMatch(/^Bilag 3, vejledning til visitationssamtalen, afsnit 3, linje 21\d\d-21\d\d$/);
    }
  });

  it('rejects a bad default, an unknown warning code, a late rule that decides and a table without a last catch-all row', () => {
    const json = structuredClone(visitationRules) as unknown as {
      options: { impactDimension: { default: string } };
      rules: { event: { type: string; params: Record<string, unknown> }; conditions: unknown }[];
      recommendations: unknown[];
    };
    json.options.impactDimension.default = 'past';
    const warningRule = json.rules.find((rule) => rule.event.type === 'warning');
    if (warningRule) warningRule.event.params = { code: 'no-such-warning' };
    const lateRule = json.rules.find((rule) => JSON.stringify(rule.conditions).includes('"assessment"'));
    if (lateRule) lateRule.event = { type: 'decision', params: { decision: 'visit' } };
    json.recommendations = json.recommendations.slice(0, -1);
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        'options.impactDimension.default: expected one of either, future, both',
        expect.stringMatching(/event\.params\.code: "no-such-warning" is not a warning of the rule set/),
        expect.stringMatching(/may only report missing answers, warnings or figures/),
        'recommendations: the last row must have no conditions ("when": {})',
      ]),
    );
  });

  it('names the jobcentre before 1 February 2026 and the municipality from then on, with the same criteria', () => {
    const [before, after] = defineRuleSetVersions(visitationRules);
    expect([before?.version, before?.validTo, after?.version, after?.validFrom]).toEqual(['1.0.0', '2026-01-31', '2.0.0', '2026-02-01']);
    expect(before?.explanations['not-in-target-group'].da).toContain('kan du tale med jobcentret om det igen');
    expect(after?.explanations['not-in-target-group'].da).toContain('kan du tale med kommunen om det igen');
    expect(after?.explanations['not-in-target-group'].en).toContain('you can talk to the municipality about it again');
    expect(after?.criteria).toEqual(before?.criteria);
    expect(after?.rules).toEqual(before?.rules);
  });
});

describe('kleeneOr and fewerPresentThan', () => {
  it('decides for on one met and against only when all are not met', () => {
    expect(kleeneOr(['not-met', 'met', 'unknown'])).toBe('met');
    expect(kleeneOr(['not-met', 'unknown'])).toBe('unknown');
    expect(kleeneOr(['not-met', 'not-met'])).toBe('not-met');
  });

  it('counts only given items', () => {
    expect([undefined, [], ['a', ' ', 'b'], ['a', 'b'], ['a', 'b', 'c'], 'a'].map(presentCount)).toEqual([0, 0, 2, 2, 3, 1]);
  });
});
