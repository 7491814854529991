/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { HkoAnswers } from '@rummelig/core';
// The built package, as a portal's bundler gets it.
import { createDecisionRecord, evaluateSync, replay } from '../dist/index.js';
import { HASH_OF_ANSWERS, RECORDED_ANSWERS } from './decision-record-fixture.js';

describe('decision records in the browser', () => {
  it('hash the answers through Web Crypto exactly as Node does, and replay to the same outcome after a JSON round trip', async () => {
    const answers: HkoAnswers = RECORDED_ANSWERS;
    const result = evaluateSync('personlig-assistance', answers, { asOf: '2026-11-22' });
    const record = await createDecisionRecord(answers, result, { recordedAt: new Date('2026-11-22T10:00:00Z') });
    expect(record.inputHash).to.equal(HASH_OF_ANSWERS);
    expect(record.ruleSetHash).to.match(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(record)).to.equal(true);
    const stored = JSON.parse(JSON.stringify(record)) as typeof record;
    expect(await replay(stored, JSON.parse(JSON.stringify(answers)))).to.deep.equal({ confirmed: true, differences: [] });
    const changed = await replay(stored, { ...answers, weeklyHours: 20 });
    expect(changed.confirmed).to.equal(false);
  });
});
