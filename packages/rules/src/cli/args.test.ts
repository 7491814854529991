import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.js';

describe('parseArgs', () => {
  it('reads evaluate with its options in either spelling', () => {
    expect(parseArgs(['evaluate', 'opsporing'])).toEqual({
      ok: true,
      command: { kind: 'evaluate', ruleSet: 'opsporing', asOf: undefined, locale: 'da' },
    });
    expect(parseArgs(['evaluate', '--as-of', '2026-01-01', 'opsporing', '--lang=en'])).toEqual({
      ok: true,
      command: { kind: 'evaluate', ruleSet: 'opsporing', asOf: '2026-01-01', locale: 'en' },
    });
  });

  it('reads validate and help', () => {
    expect(parseArgs(['validate', 'opsporing', '--lang', 'en'])).toEqual({ ok: true, command: { kind: 'validate', form: 'opsporing', locale: 'en' } });
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['evaluate', '-h'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it.each([
    [[], /missing command/],
    [['run', 'opsporing'], /unknown command "run"/],
    [['evaluate'], /missing rule set/],
    [['evaluate', 'hko'], /unknown rule set "hko"/],
    [['validate', 'fleksjob'], /unknown form "fleksjob"/],
    [['validate', 'opsporing', '--as-of', '2026-01-01'], /evaluate only/],
    [['evaluate', 'opsporing', '--as-of'], /needs a value/],
    [['evaluate', 'opsporing', '--lang', 'de'], /da or en/],
    [['evaluate', 'opsporing', '--verbose'], /unknown option "--verbose"/],
    [['evaluate', 'opsporing', 'extra'], /unexpected argument "extra"/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
