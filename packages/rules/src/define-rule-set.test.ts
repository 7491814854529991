import { RummeligError } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { defineRuleSet } from './define-rule-set.js';
import opsporingRules from './rule-sets/opsporing.rules.json';

type Edit = readonly [path: readonly (string | number)[], value: unknown];

/** A deep copy of the opsporing rule set data with some values replaced (`undefined` deletes). */
function variant(...edits: Edit[]): unknown {
  const json: unknown = structuredClone(opsporingRules);
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json);
    const key = path.at(-1);
    if (typeof parent !== 'object' || parent === null || key === undefined) throw new Error(`no parent at ${path.join('.')}`);
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else Reflect.set(parent, key, value);
  }
  return json;
}

const conditionOfRule = (rule: number, key: string): (string | number)[] => ['rules', rule, 'conditions', 'all', 0, key];

function problemsOf(json: unknown): string[] {
  try {
    defineRuleSet(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RummeligError);
    if (!(error instanceof RummeligError)) throw error;
    expect(error.code).toBe('invalid-rule-set');
    const problems = error.details['problems'];
    if (!Array.isArray(problems)) throw new Error('details.problems must be a list');
    return problems.map(String);
  }
  throw new Error('expected defineRuleSet to reject the data');
}

describe('defineRuleSet', () => {
  it('accepts the opsporing rule set and freezes it', () => {
    const definition = defineRuleSet(opsporingRules);
    expect(definition.id).toBe('opsporing');
    expect(definition.version).toBe('1.0.0');
    expect(definition.validFrom).toBe('2018-01-01');
    expect(definition.validTo).toBeNull();
    expect(definition.criteria.map((criterion) => [criterion.id, criterion.role])).toEqual([
      ['a', 'required'],
      ['b', 'required'],
      ['c', 'supporting'],
      ['d', 'supporting'],
    ]);
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.rules[0]?.conditions)).toBe(true);
  });

  it('cites a line range of the guide for every criterion', () => {
    for (const criterion of defineRuleSet(opsporingRules).criteria) {
      expect(criterion.source.title).toContain(`kriterie ${criterion.id}`);
      expect(criterion.source.ref).toMatch(/linje \d{4}/);
    }
  });

  it('rejects a non-object', () => {
    expect(problemsOf('opsporing')).toContain('rule set: expected an object');
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(
      variant(
        [['validFrom'], '2018-02-30'],
        [conditionOfRule(1, 'operator'), 'matches'],
        [conditionOfRule(1, 'path'), '$..impact'],
        [conditionOfRule(3, 'fact'), 'caseWorker'],
        [['recommendations', 'met'], 'approve'],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'validFrom: expected a date YYYY-MM-DD',
        'rules[1].conditions.all[0].operator: "matches" is not an allowed operator',
        'rules[1].conditions.all[0].path: use "$" followed by ".name" and "[*]" only',
        'rules[3].conditions.all[0].fact: "caseWorker" is not a property of the answer document',
        'recommendations.met: expected one of refer, do-not-refer, undetermined, skip-to-visitation',
      ]),
    );
  });

  it('requires a met and a not-met rule for every criterion', () => {
    const rules = opsporingRules.rules.filter((rule) => rule.name !== 'c-not-met');
    const problems = problemsOf(variant([['rules'], rules]));
    expect(problems).toEqual(['rules: no rule marks criterion "c" not-met']);
  });

  it('rejects events that name an unknown criterion, recommendation or decision', () => {
    const problems = problemsOf(
      variant(
        [['rules', 1, 'event', 'params'], { criterion: 'z', status: 'met' }],
        [['rules', 0, 'event', 'params'], { recommendation: 'visit' }],
        [['rules', 9, 'event', 'params'], { decision: 'maybe' }],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules[1].event.params.criterion: expected one of a, b, c, d',
        'rules[0].event.params.recommendation: expected one of refer, do-not-refer, undetermined, skip-to-visitation',
        'rules[9].event.params.decision: expected one of refer, do-not-refer',
      ]),
    );
  });

  it('rejects unknown properties, so a misspelt key is not silently ignored', () => {
    const problems = problemsOf(variant([['validUntil'], null]));
    expect(problems).toEqual(['rule set: unknown property "validUntil"']);
  });
});
