import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareWithJsonRulesEngine, DIFFERENTIAL_CASES, DIFFERENTIAL_DATES, optionCombinations } from './differential.js';

/** What a test makes of json-rules-engine's n-th result (from 1) and the document it was given; none: the result as it is. */
const tamper = vi.hoisted(() => ({ with: undefined as ((call: number, result: object, document: unknown) => object) | undefined, calls: 0 }));

vi.mock('./reference.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./reference.js')>();
  const evaluateDocumentWithJsonRulesEngine: typeof real.evaluateDocumentWithJsonRulesEngine = async (ruleSet, document, options) => {
    const result = await real.evaluateDocumentWithJsonRulesEngine(ruleSet, document, options);
    tamper.calls += 1;
    return (tamper.with?.(tamper.calls, result, document) ?? result) as typeof result;
  };
  return { ...real, evaluateDocumentWithJsonRulesEngine };
});

afterEach(() => {
  tamper.with = undefined;
  tamper.calls = 0;
});

describe('compareWithJsonRulesEngine', () => {
  it('stops at the first document whose results differ and gives both, with its date and options', async () => {
    tamper.with = (call, result) => (call === 3 ? { ...result, recommendation: 'tampered' } : result);
    const run = await compareWithJsonRulesEngine('opsporing', 'opsporing', { seed: 1, count: 50 });
    expect(run.compared).toBe(3);
    expect(run.difference?.index).toBe(2);
    expect(run.difference?.asOf).toBe(DIFFERENTIAL_DATES[2]);
    expect(run.difference?.reference).toMatchObject({ recommendation: 'tampered' });
    expect(run.difference?.compiled).not.toMatchObject({ recommendation: 'tampered' });
    expect(run.difference).not.toHaveProperty('before');
  });

  it('tells a document that an evaluation changed, with the document as it was', async () => {
    tamper.with = (_call, result, document) => {
      if (document !== null && typeof document === 'object') Object.assign(document, { changed: true });
      return result;
    };
    const run = await compareWithJsonRulesEngine('mentor', 'hko', { seed: 1, count: 10 });
    expect(run.compared).toBe(1);
    expect(run.difference?.document).toMatchObject({ changed: true });
    expect(run.difference?.before).toBeTypeOf('object');
    expect(run.difference?.before).not.toHaveProperty('changed');
  });

  it('counts every generated document of a run without differences, by kind', async () => {
    const run = await compareWithJsonRulesEngine('visitation', 'visitation', { seed: 3, count: 200 });
    expect(run.difference).toBeUndefined();
    expect(run.compared).toBe(200);
    expect(run.kinds.complete + run.kinds.partial + run.kinds.invalid).toBe(200);
    expect(tamper.calls).toBe(200);
  });

  it('covers every rule set, and every combination of a rule set’s options once', () => {
    expect(DIFFERENTIAL_CASES.map((each) => each.ruleSet)).toEqual(['opsporing', 'visitation', 'personlig-assistance', 'hjaelpemidler', 'isbryder', 'fortrinsadgang', 'mentor']);
    expect(optionCombinations('visitation')).toEqual([{ impactDimension: 'either' }, { impactDimension: 'future' }, { impactDimension: 'both' }]);
    expect(optionCombinations('mentor')).toEqual([{}]);
  });
});
