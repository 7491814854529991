import { todayInDenmark } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../core/src/testing/thrown-code.js';
import { getRuleSet, isRuleSetId, ruleSetVersions } from './rule-set-registry.js';
import { HKO_RULE_SET_IDS, RULE_SET_IDS, type RuleSetId } from './types.js';

describe('rule-set registry', () => {
  it('knows the screening rule sets and one rule set per compensation scheme', () => {
    expect(RULE_SET_IDS).toEqual(['opsporing', 'visitation', 'personlig-assistance', 'hjaelpemidler', 'isbryder', 'fortrinsadgang', 'mentor']);
    expect(isRuleSetId('opsporing')).toBe(true);
    expect(isRuleSetId('mentor')).toBe(true);
    expect(isRuleSetId('hko')).toBe(false);
    expect(ruleSetVersions('opsporing').map((definition) => [definition.version, definition.validFrom, definition.validTo])).toEqual([
      ['1.0.0', '2018-01-01', '2026-01-31'],
      ['2.0.0', '2026-02-01', null],
    ]);
    expect(ruleSetVersions('visitation').map((definition) => [definition.version, definition.validFrom, definition.validTo])).toEqual([
      ['1.0.0', '2018-01-01', '2026-01-31'],
      ['2.0.0', '2026-02-01', null],
    ]);
    for (const id of HKO_RULE_SET_IDS) {
      expect(ruleSetVersions(id).map((definition) => [definition.version, definition.validFrom, definition.validTo]), id).toEqual([
        ['1.0.0', '2019-01-01', '2019-12-31'],
        ['2.0.0', '2020-01-01', '2026-01-31'],
        ['3.0.0', '2026-02-01', null],
      ]);
      expect(ruleSetVersions(id).every((definition) => definition.form === 'hko' && definition.changes !== undefined), id).toBe(true);
    }
  });

  it('returns the version in force on a date, from its first day to its last', () => {
    expect(getRuleSet('opsporing', '2018-01-01').version).toBe('1.0.0');
    expect(getRuleSet('opsporing', '2026-01-31').version).toBe('1.0.0');
    expect(getRuleSet('opsporing', '2026-02-01').version).toBe('2.0.0');
    expect(getRuleSet('opsporing', '2030-12-31').version).toBe('2.0.0');
    expect(getRuleSet('isbryder', '2019-12-31').version).toBe('1.0.0');
    expect(getRuleSet('isbryder', '2020-01-01').version).toBe('2.0.0');
  });

  it('says plainly that a date before the earliest encoded version is not encoded', () => {
    expect(() => getRuleSet('personlig-assistance', '2018-12-31')).toThrow(/Rummelig has the rules from 2019-01-01 on/);
  });

  it('uses today in Denmark when no date is given', () => {
    expect(getRuleSet('opsporing')).toBe(getRuleSet('opsporing', todayInDenmark()));
  });

  it('rejects an unknown rule set', () => {
    expect(thrownCode(() => getRuleSet('hko' as RuleSetId, '2026-01-01'))).toBe('unknown-rule-set');
  });

  it.each(['2026-02-30', '2026-1-1', '26-01-01', 'today', ''])('rejects the malformed date "%s"', (asOf) => {
    expect(thrownCode(() => getRuleSet('opsporing', asOf))).toBe('invalid-as-of');
  });

  it('rejects a date before the rule set took effect', () => {
    expect(thrownCode(() => getRuleSet('opsporing', '2017-12-31'))).toBe('as-of-outside-rule-set');
  });
});
