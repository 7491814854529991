import { describe, expect, it } from 'vitest';
import { evaluateDocumentSync, evaluateMany, evaluateSync } from './evaluate.js';

const referred = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'autism', impact: 'large' }],
  impactDescription: 'Svært ved skift.',
  medicallyDocumented: true,
  priorCompensationSchemes: false,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
} as const;

async function* slowly(documents: readonly unknown[]): AsyncGenerator<unknown> {
  for (const document of documents) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield document;
  }
}

describe('evaluateMany', () => {
  it('evaluates a list and an async stream alike, in input order, and gives the issues of a bad document in its place', async () => {
    const documents = [referred, { form: 'opsporing', formVersion: 1, unknown: 1 }, { form: 'opsporing', formVersion: 1, noImpairment: true }];
    for (const source of [documents, slowly(documents)]) {
      const outcomes = [];
      for await (const outcome of evaluateMany('opsporing', source, { asOf: '2026-11-22' })) outcomes.push(outcome);
      expect(outcomes.map((outcome) => (outcome.ok ? outcome.result.recommendation : outcome.issues[0]?.code))).toEqual([
        'refer',
        'unknown-property',
        'do-not-refer',
      ]);
    }
  });

  it('gives what evaluating one by one gives', async () => {
    const { value: outcome } = await evaluateMany('opsporing', [referred], { asOf: '2026-11-22' }).next();
    expect(outcome).toEqual(evaluateDocumentSync('opsporing', referred, { asOf: '2026-11-22' }));
    expect(evaluateSync('opsporing', referred, { asOf: '2026-11-22' })).toEqual(outcome?.ok ? outcome.result : undefined);
  });
});
