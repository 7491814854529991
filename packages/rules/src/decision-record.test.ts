import { describe, expect, expectTypeOf, it } from 'vitest';
import type { HkoAnswers, VisitationAnswers } from '@rummelig/core';
import { createDecisionRecord, replay, type DecisionRecord } from './decision-record.js';
import { HASH_OF_ANSWERS, RECORDED_ANSWERS } from './decision-record-fixture.js';
import { evaluateSync } from './evaluate.js';
import type { Decision, Recommendation } from './types.js';

const answers: VisitationAnswers = {
  form: 'visitation',
  formVersion: 1,
  citizen: { cpr: '010190-1234', name: 'Mette Jensen' },
  dialogue: { experience: 'Lager', jobFunctions: 'Plukning', impairment: 'Angst', supportAndStartConditions: 'Faste opgaver', goals: ['A', 'B', 'C'] },
  impairments: { primary: 'mental-illness' },
  impactPast: 'none',
  impactFuture: 'large',
  hkoNeededBefore: false,
  hkoNeededNow: false,
  prospectsCitizen: 'some',
  prospectsJobformidler: 'good',
  motivated: true,
  decision: { referToProgramme: false, reason: 'Borger starter selv i job.' },
};
const options = { impactDimension: 'both' } as const;
const result = evaluateSync('visitation', answers, { asOf: '2026-11-22', options });

describe('decision records', () => {
  it('record the rule set, its hash, the date, the options, the input hash, every criterion, the decision and its reason, frozen', async () => {
    const record = await createDecisionRecord(answers, result, { options, recordedAt: new Date('2026-11-22T10:00:00Z') });
    expect(record).toMatchObject({
      recordVersion: 1,
      ruleSet: 'visitation',
      asOf: '2026-11-22',
      options: { impactDimension: 'both' },
      recommendation: 'not-in-target-group',
      decision: 'do-not-visit',
      reason: 'Borger starter selv i job.',
      recordedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(record.ruleSetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.criteria.find((criterion) => criterion.id === 'b')).toMatchObject({ status: 'not-met', role: 'required' });
    expect(Object.isFrozen(record) && Object.isFrozen(record.criteria[0]) && Object.isFrozen(record.criteria[0]?.source)).toBe(true);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(JSON.stringify(record), 'the answers themselves stay out of the record').not.toContain('Mette');
  });

  it('hash the answers regardless of the order of their keys', async () => {
    const reordered = Object.fromEntries(Object.entries(answers).reverse()) as unknown as VisitationAnswers;
    const first = await createDecisionRecord(answers, result, { options });
    const second = await createDecisionRecord(reordered, result, { options });
    expect(second.inputHash).toBe(first.inputHash);
  });

  it('are confirmed by a replay of the same answers', async () => {
    const record = await createDecisionRecord(answers, result, { options });
    expect(await replay(record, structuredClone(answers))).toEqual({ confirmed: true, differences: [] });
  });

  it('show in a replay what differs: other answers, another outcome, a changed rule set', async () => {
    const record = await createDecisionRecord(answers, result, { options });
    const changed = await replay(record, { ...answers, impactPast: 'large' });
    expect(changed.confirmed).toBe(false);
    expect(changed.differences.map((difference) => difference.field)).toEqual(['inputHash', 'recommendation', 'criteria']);
    const tampered = await replay({ ...record, ruleSetHash: '0'.repeat(64) }, answers);
    expect(tampered.differences).toEqual([
      { field: 'ruleSetHash', recorded: '0'.repeat(64), replayed: record.ruleSetHash },
      { field: 'recordHash', recorded: record.recordHash, replayed: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    const broken = await replay(record, { form: 'visitation', formVersion: 1, impactPast: 'enormous' });
    expect(broken.differences.map((difference) => difference.field)).toContain('answers');
  });

  it('refuse a result that is not the result of these answers', async () => {
    await expect(createDecisionRecord(answers, result)).rejects.toThrow(/not the visitation result of these answers/);
    await expect(createDecisionRecord({ ...answers, motivated: false }, result, { options })).rejects.toMatchObject({ code: 'invalid-document' });
  });

  it('refuse a moment that is not one, and never confirm a record of another version of the format', async () => {
    await expect(createDecisionRecord(answers, result, { options, recordedAt: new Date('yesterday') })).rejects.toMatchObject({ code: 'invalid-option' });
    await expect(createDecisionRecord(answers, result, { options, recordedAt: 'yesterday' as unknown as Date })).rejects.toMatchObject({ code: 'invalid-option' });
    const record = await createDecisionRecord(answers, result, { options });
    const later = { ...record, recordVersion: 2 } as unknown as typeof record;
    expect(await replay(later, answers)).toEqual({ confirmed: false, differences: [{ field: 'recordVersion', recorded: 2, replayed: 1 }] });
    expect((await replay(record, null)).differences).toContainEqual({ field: 'answers', recorded: 'valid', replayed: ['not-an-object'] });
  });

  it('record a scheme with its structured legal sources and figures, and replay it after a JSON round trip', async () => {
    const hko: HkoAnswers = {
      form: 'hko',
      formVersion: 1,
      situation: 'flexjob',
      weeklyHours: 20,
      impairment: { longLasting: true, significant: true },
      personalAssistance: { neededHoursPerWeek: 10, coreTasksSelf: true },
    };
    const evaluated = evaluateSync('personlig-assistance', hko, { asOf: '2021-06-01' });
    const record = await createDecisionRecord(hko, evaluated);
    expect(record).toMatchObject({ ruleSet: 'personlig-assistance', ruleSetVersion: '2.0.0', recommendation: 'likely-eligible', figures: { maxWeeklyHours: (20 * 20) / 37 }, reason: null });
    expect(record.criteria[0]?.source).toMatchObject({ instrument: 'LBK nr. 108 af 3. februar 2020 med senere ændringer', paragraph: '§ 4', confidence: 'high' });
    const roundTripped = JSON.parse(JSON.stringify(record)) as typeof record;
    expect(await replay(roundTripped, JSON.parse(JSON.stringify(hko)))).toEqual({ confirmed: true, differences: [] });
    const fewerHours = await replay(roundTripped, { ...hko, weeklyHours: 10 });
    expect(fewerHours.differences.map((difference) => difference.field)).toEqual(['inputHash', 'recommendation', 'criteria', 'missing', 'figures']);
  });

  it('hash the answers as the browser test expects, so the record is the same in Node and in the browser', async () => {
    const result = evaluateSync('personlig-assistance', RECORDED_ANSWERS, { asOf: '2026-11-22' });
    expect((await createDecisionRecord(RECORDED_ANSWERS, result)).inputHash).toBe(HASH_OF_ANSWERS);
  });

  it("type the recommendation and the decision as the rule set's, and replay a stored record whose values are not the rule set's as differing", async () => {
    const record = await createDecisionRecord(answers, result, { options });
    expectTypeOf(record.recommendation).toEqualTypeOf<'visit' | 're-invite-later' | 'not-in-target-group' | 'undetermined'>();
    expectTypeOf(record.decision).toEqualTypeOf<'visit' | 'do-not-visit' | null>();
    expectTypeOf<DecisionRecord['recommendation']>().toEqualTypeOf<Recommendation>();
    expectTypeOf<DecisionRecord['decision']>().toEqualTypeOf<Decision | null>();
    // @ts-expect-error a visitation record cannot recommend what only step 1 recommends
    const stepOne: DecisionRecord<'visitation'>['recommendation'] = 'refer';
    const anyRecord: DecisionRecord = record;
    // Storage gives back what it was given: the types promise nothing about it, and replay trusts none of it.
    const stored = JSON.parse(JSON.stringify({ ...anyRecord, recommendation: stepOne, decision: 'granted' })) as DecisionRecord;
    const replayed = await replay(stored, answers);
    expect(replayed.differences).toEqual([
      { field: 'recommendation', recorded: 'refer', replayed: 'not-in-target-group' },
      { field: 'decision', recorded: 'granted', replayed: 'do-not-visit' },
      { field: 'recordHash', recorded: record.recordHash, replayed: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it('show in a replay a record changed in the fields the outcome does not show: the reason, the date, the options', async () => {
    const record = await createDecisionRecord(answers, result, { options });
    const fieldsOf = async (changed: unknown) => (await replay(changed as DecisionRecord, answers)).differences.map((difference) => difference.field);
    expect(await fieldsOf({ ...record, reason: 'Tampered' })).toEqual(['reason', 'recordHash']);
    // The same rules and the same outcome the day after: only the record's own hash shows the date was changed.
    expect(await fieldsOf({ ...record, asOf: '2026-11-23' })).toEqual(['recordHash']);
    expect(await fieldsOf({ ...record, recordedAt: '2020-01-01T00:00:00.000Z' })).toEqual(['recordHash']);
    // No evaluation has no options: the record names every option the rule set has, with a value it allows.
    expect((await replay({ ...record, options: {} }, answers)).differences[0]).toEqual({ field: 'options', recorded: {}, replayed: { impactDimension: 'either' } });
    expect(await fieldsOf({ ...record, options: { impactDimension: 'sideways' } })).toEqual(['options', 'recommendation', 'criteria', 'recordHash']);
    expect(await fieldsOf({ ...record, options: { ...record.options, colour: 'blue' } })).toEqual(['options', 'recordHash']);
    expect(await fieldsOf({ ...record, asOf: '1999-01-01' })).toEqual(['asOf']);
  });

  it('refuse, as a mistake in the call, what is not a decision record: nothing, an empty object, a record without its date', async () => {
    const record = await createDecisionRecord(answers, result, { options });
    const { asOf: _asOf, ...undated } = record;
    for (const notARecord of [null, 'record', [], {}, undated, { ...record, ruleSet: 'unknown' }, { ...record, asOf: '22-11-2026' }, { ...record, recordHash: undefined }]) {
      await expect(replay(notARecord as unknown as DecisionRecord, answers), JSON.stringify(notARecord)).rejects.toMatchObject({ name: 'RummeligError', code: 'invalid-document' });
    }
    await expect(replay(undated as unknown as DecisionRecord, answers)).rejects.toMatchObject({ details: { fields: ['asOf'] } });
  });
});
