import { RummeligError, todayInDenmark } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { getRuleSet, isRuleSetId, ruleSetVersions } from './rule-set-registry.js';
import { RULE_SET_IDS, type RuleSetId } from './types.js';

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof RummeligError) return error.code;
    throw error;
  }
  throw new Error('expected a RummeligError');
}

describe('rule-set registry', () => {
  it('knows the opsporing and visitation rule sets', () => {
    expect(RULE_SET_IDS).toEqual(['opsporing', 'visitation']);
    expect(isRuleSetId('opsporing')).toBe(true);
    expect(isRuleSetId('visitation')).toBe(true);
    expect(isRuleSetId('hko')).toBe(false);
    expect(ruleSetVersions('opsporing').map((definition) => definition.version)).toEqual(['1.0.0']);
    expect(ruleSetVersions('visitation').map((definition) => [definition.version, definition.validFrom])).toEqual([['1.0.0', '2018-01-01']]);
  });

  it('returns the version in force on a date, from its first day on', () => {
    expect(getRuleSet('opsporing', '2018-01-01').version).toBe('1.0.0');
    expect(getRuleSet('opsporing', '2030-12-31').version).toBe('1.0.0');
  });

  it('uses today in Denmark when no date is given', () => {
    expect(getRuleSet('opsporing')).toBe(getRuleSet('opsporing', todayInDenmark()));
  });

  it('rejects an unknown rule set', () => {
    expect(codeOf(() => getRuleSet('hko' as RuleSetId, '2026-01-01'))).toBe('unknown-rule-set');
  });

  it.each(['2026-02-30', '2026-1-1', '26-01-01', 'today', ''])('rejects the malformed date "%s"', (asOf) => {
    expect(codeOf(() => getRuleSet('opsporing', asOf))).toBe('invalid-as-of');
  });

  it('rejects a date before the rule set took effect', () => {
    expect(codeOf(() => getRuleSet('opsporing', '2017-12-31'))).toBe('as-of-outside-rule-set');
  });
});
