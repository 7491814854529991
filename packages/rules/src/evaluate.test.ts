import { RummeligError, todayInDenmark, type OpsporingAnswers } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateDocument } from './evaluate.js';
import type { EvaluateOptions, EvaluationResult, RuleSetId } from './types.js';

const complete: OpsporingAnswers = {
  form: 'opsporing',
  formVersion: 1,
  citizen: { cpr: '010190-1234', name: 'Testborger Jensen' },
  impairments: [
    { type: 'mobility', impact: 'medium', score: 5 },
    { type: 'other', impact: 'small' },
  ],
  impactDescription: 'Jeg kan ikke stå op i længere tid ad gangen.',
  medicallyDocumented: true,
  priorCompensationSchemes: false,
  priorLimitation: true,
  context: { benefit: 'dagpenge', rehabilitationTeamScreened: false },
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};

async function rejection(promise: Promise<unknown>): Promise<RummeligError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RummeligError) return error;
    throw error;
  }
  throw new Error('expected a RummeligError');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('evaluate', () => {
  it('gives the result of the data contract, section 5', async () => {
    const result = await evaluate('opsporing', complete, { asOf: '2026-03-02' });
    expect(Object.keys(result)).toEqual([
      'ruleSet',
      'ruleSetVersion',
      'asOf',
      'recommendation',
      'criteria',
      'missing',
      'warnings',
      'decision',
      'explanation',
    ]);
    expect(result).toMatchObject({
      ruleSet: 'opsporing',
      ruleSetVersion: '2.0.0',
      asOf: '2026-03-02',
      recommendation: 'refer',
      missing: ['impairments[1].description'],
      warnings: [],
      decision: 'refer',
    });
    expect(result.criteria.map(({ id, role, status }) => ({ id, role, status }))).toEqual([
      { id: 'a', role: 'required', status: 'met' },
      { id: 'b', role: 'required', status: 'met' },
      { id: 'c', role: 'supporting', status: 'not-met' },
      { id: 'd', role: 'supporting', status: 'met' },
    ]);
    const [a] = result.criteria;
    expect(a?.source).toEqual({
      title: 'Vejledning til opsporingsskema, kriterie a',
      ref: 'Bilag 3, vejledning til opsporingsskema, afsnit 3, linje 1886-1889',
    });
    expect(a?.explanation.da).toMatch(/betydning/);
    expect(a?.explanation.en).toMatch(/affects/);
    expect(result.explanation.da).toMatch(/sagsbehandler/);
    expect(result.explanation.da).toMatch(/tilbud/);
  });

  it('explains each status of a criterion in its own words', async () => {
    const texts = new Set<string>();
    for (const caseworker of [{ citizenWantsVisitation: true }, { citizenWantsVisitation: false }, {}]) {
      const result = await evaluate('opsporing', { form: 'opsporing', formVersion: 1, caseworker }, { asOf: '2026-03-02' });
      texts.add(result.criteria.find((criterion) => criterion.id === 'b')?.explanation.da ?? '');
    }
    expect(texts.size).toBe(3);
  });

  it('returns plain data that survives JSON unchanged', async () => {
    const result = await evaluate('opsporing', complete, { asOf: '2026-03-02' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reports a warning with the criteria behind it', async () => {
    const result = await evaluate(
      'opsporing',
      { form: 'opsporing', formVersion: 1, noImpairment: true, caseworker: { citizenWantsVisitation: false, referToVisitation: true } },
      { asOf: '2026-03-02' },
    );
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'decision-without-required-criteria', criteria: ['a', 'b'] });
    expect(result.warnings[0]?.message.da).toMatch(/kriterierne a og b/);
  });

  it('never changes the answers, even deeply frozen ones', async () => {
    const answers = structuredClone(complete);
    const before = structuredClone(answers);
    await evaluate('opsporing', deepFreeze(answers), { asOf: '2026-03-02' });
    expect(answers).toEqual(before);
  });

  it('does not share objects between results and the rule set', async () => {
    const first = await evaluate('opsporing', complete, { asOf: '2026-03-02' });
    const firstText = first.explanation.da;
    Object.assign(first.explanation, { da: 'ændret' });
    Object.assign(first.criteria[0]?.explanation ?? {}, { da: 'ændret' });
    const second = await evaluate('opsporing', complete, { asOf: '2026-03-02' });
    expect(second.explanation.da).toBe(firstText);
    expect(second.criteria[0]?.explanation.da).not.toBe('ændret');
  });

  it('gives the same results when many evaluations run at once', async () => {
    const documents: OpsporingAnswers[] = [
      complete,
      { form: 'opsporing', formVersion: 1 },
      { form: 'opsporing', formVersion: 1, noImpairment: true, caseworker: { citizenWantsVisitation: true } },
      { form: 'opsporing', formVersion: 1, context: { rehabilitationTeamScreened: true } },
    ];
    const sequential: EvaluationResult[] = [];
    for (const document of documents) sequential.push(await evaluate('opsporing', document, { asOf: '2026-03-02' }));
    const concurrent = await Promise.all(
      Array.from({ length: 40 }, (_, index) => evaluate('opsporing', documents[index % documents.length]!, { asOf: '2026-03-02' })),
    );
    concurrent.forEach((result, index) => expect(result).toEqual(sequential[index % documents.length]));
  });

  it('evaluates with the rules in force today when no date is given', async () => {
    const result = await evaluate('opsporing', complete);
    expect(result.asOf).toBe(todayInDenmark());
  });

  it('rejects a document that breaks the contract with invalid-document and its issues', async () => {
    const broken = { ...complete, impairments: [{ type: 'mobility', impact: 'small', score: 9 }] } satisfies OpsporingAnswers;
    const error = await rejection(evaluate('opsporing', broken, { asOf: '2026-03-02' }));
    expect(error.code).toBe('invalid-document');
    expect(error.details['issues']).toEqual([expect.objectContaining({ code: 'score-outside-impact-band', path: '/impairments/0/score' })]);
    expect(error.message).toContain('/impairments/0/score');
  });

  it('rejects an unknown rule set and a bad date before looking at the document', async () => {
    expect((await rejection(evaluate('hko' as RuleSetId, complete))).code).toBe('unknown-rule-set');
    expect((await rejection(evaluate('opsporing', complete, { asOf: '2026-13-01' }))).code).toBe('invalid-as-of');
    expect((await rejection(evaluate('opsporing', complete, { asOf: '2017-06-01' }))).code).toBe('as-of-outside-rule-set');
    expect((await rejection(evaluate('opsporing', complete, { locale: 'de' as 'da' }))).code).toBe('invalid-option');
  });

  it('rejects options that are not an object, a key that is no option, and a date that is null, instead of evaluating today', async () => {
    expect((await rejection(evaluate('opsporing', complete, null as unknown as EvaluateOptions<'opsporing'>))).code).toBe('invalid-option');
    expect((await rejection(evaluate('opsporing', complete, { asof: '2026-03-02' } as EvaluateOptions<'opsporing'>))).code).toBe('invalid-option');
    expect((await rejection(evaluate('opsporing', complete, { asOf: null } as unknown as EvaluateOptions<'opsporing'>))).code).toBe('invalid-as-of');
    expect((await evaluate('opsporing', complete, { asOf: undefined, locale: undefined, options: undefined })).recommendation).toBe('refer');
  });

  it('rejects an option named as a property every object has, as any other that the rule set lacks', async () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      const options = JSON.parse(`{"${name}": "x"}`) as Record<string, string>;
      const error = await rejection(evaluate('visitation', { form: 'visitation', formVersion: 1 }, { options } as never));
      expect(error.code).toBe('invalid-option');
      expect(error.message).toContain(`no option "${name}"`);
    }
  });
});

describe('evaluateDocument', () => {
  it('returns the issues of a document of the wrong shape, in the requested language', async () => {
    const evaluation = await evaluateDocument('opsporing', { form: 'opsporing', formVersion: 1, noImpairment: 'ja' }, { asOf: '2026-03-02', locale: 'en' });
    expect(evaluation.ok).toBe(false);
    if (evaluation.ok) return;
    expect(evaluation.issues).toEqual([expect.objectContaining({ code: 'wrong-type', path: '/noImpairment' })]);
    expect(evaluation.issues[0]?.message).toBe(evaluation.issues[0]?.messages.en);
  });

  it('returns the result of a valid document', async () => {
    const evaluation = await evaluateDocument('opsporing', JSON.parse(JSON.stringify(complete)), { asOf: '2026-03-02' });
    expect(evaluation.ok && evaluation.result.recommendation).toBe('refer');
  });
});
