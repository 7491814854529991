import { describe, expect, it } from 'vitest';
import fortrinsadgang from '../rule-sets/fortrinsadgang.cases.json';
import hjaelpemidler from '../rule-sets/hjaelpemidler.cases.json';
import isbryder from '../rule-sets/isbryder.cases.json';
import mentor from '../rule-sets/mentor.cases.json';
import personligAssistance from '../rule-sets/personlig-assistance.cases.json';
import { runCli as run } from './cli-test-helpers.js';


const FILES = [personligAssistance, hjaelpemidler, isbryder, fortrinsadgang, mentor];

describe.each(FILES.map((file) => [file.ruleSet, file] as const))('rummelig evaluate %s --as-of', (ruleSet, file) => {
  it('gives each case its recommendation and statuses, with a legal source on every criterion, on each date', async () => {
    const dates = [...new Set(file.cases.map((testCase) => testCase.asOf))];
    for (const asOf of dates) {
      const cases = file.cases.filter((testCase) => testCase.asOf === asOf);
      const { code, stderr, lines } = await run(['evaluate', ruleSet, '--as-of', asOf], cases.map((testCase) => JSON.stringify(testCase.input)).join('\n') + '\n');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(lines).toHaveLength(cases.length);
      cases.forEach((testCase, index) => {
        const line = lines[index] as { recommendation: string; ruleSetVersion: string; criteria: { id: string; status: string; source: { title: string; ref: string } }[] };
        expect(line.recommendation, testCase.id).toBe(testCase.expected.recommendation);
        expect(line.ruleSetVersion, testCase.id).toBe(testCase.ruleSetVersion);
        expect(Object.fromEntries(line.criteria.map((criterion) => [criterion.id, criterion.status])), testCase.id).toEqual(testCase.expected.criteria);
        for (const criterion of line.criteria) expect(criterion.source.ref.length, `${testCase.id} ${criterion.id}`).toBeGreaterThan(5);
      });
    }
  });
});

describe('rummelig evaluate for a scheme', () => {
  it('refuses a date before the earliest encoded version before reading any input', async () => {
    const { code, stderr, lines } = await run(['evaluate', 'isbryder', '--as-of', '2018-12-31'], '{"form":"hko","formVersion":1}\n');
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain('Rummelig has the rules from 2019-01-01 on');
  });

  it('reports a document of another form, or a date that does not exist, in place of its line', async () => {
    const input = ['{"form":"opsporing","formVersion":1}', '{"form":"hko","formVersion":1,"education":{"completedOn":"2025-02-29"}}', '{"form":"hko","formVersion":1}'].join('\n');
    const { code, lines } = await run(['evaluate', 'isbryder', '--as-of', '2026-03-02'], `${input}\n`);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ error: { code: 'wrong-form', path: '/form' } });
    expect(lines[1]).toMatchObject({ error: { code: 'invalid-date', path: '/education/completedOn' } });
    expect(lines[2]).toMatchObject({ ruleSet: 'isbryder', recommendation: 'needs-assessment' });
  });

  it('validates hko documents', async () => {
    const { code, lines } = await run(['validate', 'hko'], '{"form":"hko","formVersion":1,"weeklyHours":90}\n{"form":"hko","formVersion":1}\n');
    expect(code).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'out-of-range', path: '/weeklyHours' }) }), { valid: true }]);
  });
});
