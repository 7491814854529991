import { readFileSync } from 'node:fs';
import { PROSPECTS, type VisitationAnswers } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateDocument } from '../evaluate.js';
import { kleeneAnd, kleeneOr } from '../kleene.js';
import { CRITERION_STATUSES, RULE_SET_OPTIONS, type CriterionStatus, type ImpactDimension, type RuleSetOptions } from '../types.js';
import { RULE_SET_CASES } from './cases.js';

const cases = RULE_SET_CASES.visitation;

const statuses = (results: readonly { id: string; status: string }[]): Record<string, string> =>
  Object.fromEntries(results.map((criterion) => [criterion.id, criterion.status]));

describe('visitation rule set: cases', () => {
  it('covers every criterion in every status, every recommendation, decision and warning, and each option', () => {
    const expected = cases.cases.map((testCase) => testCase.expected);
    for (const id of ['a', 'b', 'c', 'd', 'e'] as const) {
      for (const status of id === 'a' ? A_STATUSES : CRITERION_STATUSES) expect(expected.some((e) => e.criteria[id] === status), `${id} ${status}`).toBe(true);
    }
    expect(new Set(expected.map((e) => e.recommendation))).toEqual(new Set(['visit', 're-invite-later', 'not-in-target-group', 'undetermined']));
    expect(new Set(expected.map((e) => e.decision))).toEqual(new Set(['visit', 'do-not-visit', null]));
    expect(new Set(expected.flatMap((e) => e.warnings))).toEqual(
      new Set([
        'risk-of-long-term-unemployment',
        'decision-without-reason',
        'decision-without-required-criteria',
        'decision-with-unknown-criteria',
        'decision-without-motivation',
        'no-reinvitation',
      ]),
    );
    for (const dimension of ['future', 'both'] as const) {
      const variant = cases.cases.filter((testCase) => testCase.options?.impactDimension === dimension).map((testCase) => testCase.expected.criteria.b);
      expect(new Set(variant), dimension).toEqual(new Set(dimension === 'future' ? ['met', 'not-met'] : ['met', 'not-met', 'unknown']));
    }
    expect(new Set(cases.cases.map((testCase) => testCase.id)).size).toBe(cases.cases.length);
  });
});

// ---- Every combination of a, b, c and e, for every impact dimension ----

type Answers = { -readonly [K in keyof VisitationAnswers]: VisitationAnswers[K] };

// No answer fails a: without a primary impairment it stays open, even when a secondary one is recorded.
const A_STATUSES = ['met', 'unknown'] as const;
const A: Record<(typeof A_STATUSES)[number], Partial<Answers>> = {
  met: { impairments: { primary: 'back-neck' } },
  unknown: { impairments: { secondary: 'skin', note: 'Ingen primær angivet.' } },
};

/** Impact answers that give b each status under each dimension. */
const B: Record<ImpactDimension, Record<CriterionStatus, Partial<Answers>>> = {
  either: { met: { impactPast: 'small', impactFuture: 'none' }, 'not-met': { impactPast: 'none', impactFuture: 'none' }, unknown: { impactPast: 'none' } },
  future: { met: { impactFuture: 'small' }, 'not-met': { impactPast: 'large', impactFuture: 'none' }, unknown: { impactPast: 'large' } },
  both: { met: { impactPast: 'small', impactFuture: 'large' }, 'not-met': { impactPast: 'none', impactFuture: 'large' }, unknown: { impactPast: 'small' } },
};

const BOOLEAN: Record<CriterionStatus, boolean | undefined> = { met: true, 'not-met': false, unknown: undefined };

/** The contract's decision table, written independently of the rule-set data. */
function contractRecommendation(a: CriterionStatus, b: CriterionStatus, c: CriterionStatus, e: CriterionStatus): string {
  const targetGroup = kleeneAnd([a, kleeneOr([b, c])]);
  if (targetGroup === 'not-met') return 'not-in-target-group';
  if (targetGroup === 'met' && e === 'met') return 'visit';
  if (targetGroup === 'met' && e === 'not-met') return 're-invite-later';
  return 'undetermined';
}

const combinations = RULE_SET_OPTIONS.visitation.impactDimension.flatMap((dimension) =>
  A_STATUSES.flatMap((a) =>
    CRITERION_STATUSES.flatMap((b) => CRITERION_STATUSES.flatMap((c) => CRITERION_STATUSES.map((e) => [dimension, a, b, c, e] as const))),
  ),
);

describe('visitation rule set: every combination of a, b, c and e', () => {
  it.each(combinations)('%s: a %s, b %s, c %s, e %s', async (dimension, a, b, c, e) => {
    const answers: Answers = { form: 'visitation', formVersion: 1, ...A[a], ...B[dimension][b] };
    const hko = BOOLEAN[c];
    if (hko !== undefined) answers.hkoNeededNow = hko;
    const motivated = BOOLEAN[e];
    if (motivated !== undefined) answers.motivated = motivated;
    const expected = contractRecommendation(a, b, c, e);
    // d never decides: every citizen prospect, and none, gives the same recommendation.
    for (const prospect of [undefined, ...PROSPECTS]) {
      const result = await evaluate('visitation', prospect === undefined ? answers : { ...answers, prospectsCitizen: prospect }, {
        asOf: '2026-03-02',
        options: { impactDimension: dimension },
      });
      expect(statuses(result.criteria)).toMatchObject({ a, b, c, e });
      expect(result.recommendation, String(prospect)).toBe(expected);
      const risk = prospect === 'very-poor' || prospect === 'poor';
      expect(result.warnings.some((warning) => warning.code === 'risk-of-long-term-unemployment')).toBe(risk);
    }
  });
});

describe('visitation rule set: options', () => {
  const pastOnly: VisitationAnswers = { form: 'visitation', formVersion: 1, impairments: { primary: 'adhd' }, impactPast: 'medium', impactFuture: 'none', hkoNeededNow: false, motivated: true };

  it('reads the same answers differently per impact dimension, with either as the default', async () => {
    const recommendationOf = async (impactDimension?: ImpactDimension): Promise<string> =>
      (await evaluate('visitation', pastOnly, { asOf: '2026-03-02', options: impactDimension === undefined ? {} : { impactDimension } })).recommendation;
    expect(await recommendationOf()).toBe('visit');
    expect(await recommendationOf('either')).toBe('visit');
    expect(await recommendationOf('future')).toBe('not-in-target-group');
    expect(await recommendationOf('both')).toBe('not-in-target-group');
  });

  it('explains criterion b in the words of the dimension in use', async () => {
    const explanationOf = async (impactDimension: ImpactDimension): Promise<string> =>
      (await evaluate('visitation', pastOnly, { asOf: '2026-03-02', options: { impactDimension } })).criteria.find((criterion) => criterion.id === 'b')?.explanation.da ?? '';
    const texts = await Promise.all((['either', 'future', 'both'] as const).map(explanationOf));
    expect(new Set(texts).size).toBe(3);
  });

  it('rejects an unknown option or value as a mistake in the call', async () => {
    const call = (options: unknown): Promise<unknown> =>
      evaluateDocument('visitation', pastOnly, { asOf: '2026-03-02', options: options as { impactDimension: 'either' } });
    await expect(call({ impactDimension: 'past' })).rejects.toMatchObject({ code: 'invalid-option' });
    await expect(call({ dimension: 'future' })).rejects.toMatchObject({ code: 'invalid-option' });
    await expect(
      evaluateDocument('opsporing', { form: 'opsporing', formVersion: 1 }, { options: { impactDimension: 'future' } as unknown as Record<string, never> }),
    ).rejects.toMatchObject({ code: 'invalid-option' });
  });
});

describe('visitation as the data contract tells a vendor to read it', () => {
  const contract = readFileSync(new URL('../../../../docs/data-contract.md', import.meta.url), 'utf8');
  const section = contract.slice(contract.indexOf('### Visitation: b and c are alternatives'));
  // The rows of the section's table: the target group's status, e's status (or "any") and the recommendation.
  const rows = [...section.matchAll(/^\| `([a-z-]+)`[^|]*\| `?([a-z-]+)`? \| `([a-z-]+)` \|$/gm)].map(([, group = '', e = '', recommendation = '']) => ({ group, e, recommendation }));

  it('has a table that covers every status of the target group', () => {
    expect(new Set(rows.map((row) => row.group))).toEqual(new Set(CRITERION_STATUSES));
  });

  // A vendor who applied "a required criterion not-met decides against" to the roles would get these cases wrong.
  it.each(cases.cases.map((testCase) => [testCase.id, testCase.expected] as const))('gives the recommendation of case %s', (_id, expected) => {
    const status = (id: string): CriterionStatus => expected.criteria[id] ?? 'unknown';
    const group = kleeneAnd([status('a'), kleeneOr([status('b'), status('c')])]);
    const row = rows.find((candidate) => candidate.group === group && (candidate.e === 'any' || candidate.e === status('e')));
    expect(row?.recommendation).toBe(expected.recommendation);
  });

  it('is what the vendor guide links to', () => {
    const guide = readFileSync(new URL('../../../../docs/guide-vendor.md', import.meta.url), 'utf8');
    expect(guide).toContain('data-contract.md#visitation-b-and-c-are-alternatives');
    expect(section.length).toBeLessThan(contract.length);
  });
});
