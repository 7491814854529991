import { describe, expect, it } from 'vitest';
import { Engine, Operator } from 'json-rules-engine';
import { compileOperator } from './compile-conditions.js';
import { compileCondition } from './compile-stage.js';
import { dateAfter, dateOnOrBefore } from './operators.js';
import { resolvePath } from './path-resolver.js';
import type { FactCondition, TopLevelRuleCondition } from './types.js';

/** What json-rules-engine 7 says of one condition on one fact value. */
async function engineSays(condition: TopLevelRuleCondition, facts: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([{ name: 'r', conditions: condition as never, event: { type: 'fired' } }], { allowUndefinedFacts: true, pathResolver: resolvePath });
  engine.addOperator(new Operator<unknown, unknown>('dateOnOrBefore', (a, b) => dateOnOrBefore(a, b), () => true));
  engine.addOperator(new Operator<unknown, unknown>('dateAfter', (a, b) => dateAfter(a, b), () => true));
  const { results } = await engine.run(structuredClone(facts));
  return results.length === 1;
}

const VALUES: readonly unknown[] = [undefined, null, true, false, 0, 3, '3', '', 'large', ['large'], ['none', 'small'], [], { impact: 'large' }, [{ impact: 'none' }, { impact: 'large' }]];

const OPERATORS: readonly { operator: string; value: FactCondition['value'] }[] = [
  { operator: 'equal', value: 'large' },
  { operator: 'notEqual', value: true },
  { operator: 'in', value: ['small', 'medium', 'large'] },
  { operator: 'notIn', value: ['none'] },
  { operator: 'contains', value: 'large' },
  { operator: 'doesNotContain', value: 'large' },
  { operator: 'lessThan', value: 3 },
  { operator: 'lessThanInclusive', value: 3 },
  { operator: 'greaterThan', value: 0 },
  { operator: 'greaterThanInclusive', value: 3 },
  { operator: 'someFact:in', value: ['large'] },
  { operator: 'everyFact:equal', value: 'none' },
  { operator: 'not:in', value: ['large'] },
  { operator: 'not:someFact:equal', value: 'large' },
  { operator: 'someValue:equal', value: ['large', 'small'] },
];

describe('compiled conditions', () => {
  it('agree with json-rules-engine for every built-in operator and decorator on values of every type', async () => {
    for (const { operator, value } of OPERATORS) {
      for (const factValue of VALUES) {
        const condition: TopLevelRuleCondition = { all: [{ fact: 'x', operator, value }] };
        const facts = factValue === undefined ? {} : { x: factValue };
        const expected = await engineSays(condition, facts).catch(() => 'throws');
        const actual = (() => {
          try {
            return compileCondition(condition)(facts);
          } catch {
            return 'throws';
          }
        })();
        expect(actual, `${operator} ${JSON.stringify(value)} on ${JSON.stringify(factValue)}`).toBe(expected);
      }
    }
  });

  it('agree with json-rules-engine when a comparison reads its value from another fact, also at a path and when it is absent', async () => {
    const sides: readonly unknown[] = [undefined, null, 0, 3, 3.5, '3', '', true, [3], { limit: 3 }, '2026-06-30', '2026-07-01', '2026-02-30', { day: '2026-06-30' }];
    const operators = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'dateOnOrBefore', 'dateAfter', 'not:lessThan'];
    for (const operator of operators) {
      for (const path of [undefined, '$.limit', '$.day']) {
        const value = path === undefined ? { fact: 'y' } : { fact: 'y', path };
        const condition: TopLevelRuleCondition = { all: [{ fact: 'x', operator, value }] };
        for (const left of sides) {
          for (const right of sides) {
            const facts = { ...(left === undefined ? {} : { x: left }), ...(right === undefined ? {} : { y: right }) };
            const label = `${operator} ${JSON.stringify(left)} against ${JSON.stringify(value)} = ${JSON.stringify(right)}`;
            expect(compileCondition(condition)(facts), label).toBe(await engineSays(condition, facts));
          }
        }
      }
    }
  });

  it('compare dates only when both sides are dates that exist', () => {
    const test = (operator: string, x: unknown, value: string) => compileCondition({ all: [{ fact: 'x', operator, value }] })({ x });
    expect(test('dateOnOrBefore', '2026-06-30', '2026-06-30')).toBe(true);
    expect(test('dateOnOrBefore', '2026-07-01', '2026-06-30')).toBe(false);
    expect(test('dateAfter', '2026-07-01', '2026-06-30')).toBe(true);
    expect(test('dateAfter', '2026-02-30', '2026-01-01')).toBe(false);
    expect(test('dateOnOrBefore', 20260101, '2026-06-30')).toBe(false);
    expect(test('dateOnOrBefore', undefined, '2026-06-30')).toBe(false);
  });

  it('apply a path to an object fact only, and spread [*] over a list, as the engine does', async () => {
    const conditions: TopLevelRuleCondition[] = [
      { all: [{ fact: 'x', path: '$.impact', operator: 'equal', value: 'large' }] },
      { all: [{ fact: 'x', path: '$[*].impact', operator: 'someFact:equal', value: 'large' }] },
      { all: [{ fact: 'x', path: '$[*].impact', operator: 'everyFact:equal', value: 'none' }] },
      { all: [{ fact: 'x', path: '$[*].impact', operator: 'everyFact:not:in', value: ['large'] }] },
      { all: [{ fact: 'x', path: '$.impact.deeper', operator: 'notEqual', value: 'large' }] },
    ];
    for (const condition of conditions) {
      for (const factValue of VALUES) {
        const facts = factValue === undefined ? {} : { x: factValue };
        expect(compileCondition(condition)(facts), `${JSON.stringify(condition)} on ${JSON.stringify(factValue)}`).toBe(await engineSays(condition, facts));
      }
    }
  });

  it('combine with all, any and not, an empty any and all both being true as in the engine', async () => {
    const facts = { a: 1, b: 2 };
    const cases: TopLevelRuleCondition[] = [
      { all: [] },
      { any: [] },
      { any: [{ fact: 'a', operator: 'equal', value: 2 }, { fact: 'b', operator: 'equal', value: 2 }] },
      { not: { fact: 'a', operator: 'equal', value: 1 } },
      { all: [{ not: { any: [{ fact: 'a', operator: 'equal', value: 3 }] } }, { fact: 'b', operator: 'greaterThan', value: 1 }] },
    ];
    for (const condition of cases) expect(compileCondition(condition)(facts), JSON.stringify(condition)).toBe(await engineSays(condition, facts));
  });

  it('read only own facts, so a fact named after an Object.prototype member is absent', () => {
    expect(compileCondition({ all: [{ fact: 'constructor', operator: 'absent', value: true }] })({})).toBe(true);
  });

  it('refuse an unknown operator or decorator when compiled', () => {
    expect(() => compileOperator('startsWith', 'a')).toThrow(/Unknown operator "startsWith"/);
    expect(() => compileOperator('maybe:equal', 'a')).toThrow(/decorator "maybe"/);
  });
});
