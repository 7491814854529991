import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateDocumentSync, evaluateMany, evaluateSync } from './evaluate.js';
import { thrownCode } from '../../core/src/testing/thrown-code.js';

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

  it('throws a mistake in the call as it is made, before any document is read and for no documents at all', () => {
    expect(thrownCode(() => evaluateMany('nope' as 'opsporing', []))).toBe('unknown-rule-set');
    expect(thrownCode(() => evaluateMany('opsporing', [], { asOf: 'garbage' }))).toBe('invalid-as-of');
    expect(thrownCode(() => evaluateMany('opsporing', [], { asOf: '1900-01-01' }))).toBe('as-of-outside-rule-set');
    expect(thrownCode(() => evaluateMany('visitation', [], { options: { impactDimension: 'past' as 'either' } }))).toBe('invalid-option');
    // Text is iterable character by character: JSON Lines given as a string would be 20 documents for 20 characters.
    for (const documents of [null, 5, {}, '{"form":"opsporing"}']) expect(thrownCode(() => evaluateMany('opsporing', documents as never))).toBe('invalid-option');
    expect(evaluateMany('opsporing', new Set([referred]))).toBeDefined();
  });

  describe('without a date', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('evaluates every document on the date the call was made, though the batch runs past midnight', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-01-31T22:59:00Z')); // 23:59 in Copenhagen, the last day of version 1.0.0
      async function* pastMidnight(): AsyncGenerator<unknown> {
        yield referred;
        vi.setSystemTime(new Date('2026-01-31T23:01:00Z')); // 00:01 on 1 February, when version 2.0.0 is in force
        yield referred;
      }
      const versions = [];
      for await (const outcome of evaluateMany('opsporing', pastMidnight())) versions.push(outcome.ok ? [outcome.result.asOf, outcome.result.ruleSetVersion] : outcome.issues);
      expect(versions).toEqual([
        ['2026-01-31', '1.0.0'],
        ['2026-01-31', '1.0.0'],
      ]);
    });
  });
});
