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

  it('reads serve and both conformance commands', () => {
    expect(parseArgs(['serve'])).toEqual({ ok: true, command: { kind: 'serve', port: undefined, host: undefined } });
    expect(parseArgs(['serve', '--port=0', '--host', '0.0.0.0'])).toEqual({ ok: true, command: { kind: 'serve', port: 0, host: '0.0.0.0' } });
    expect(parseArgs(['conformance', 'export', 'out/suite'])).toEqual({ ok: true, command: { kind: 'conformance-export', directory: 'out/suite' } });
    expect(parseArgs(['conformance', 'run', '--url', 'http://127.0.0.1:8787', '--rule-set', 'visitation', '--json'])).toEqual({
      ok: true,
      command: { kind: 'conformance-run', url: 'http://127.0.0.1:8787', ruleSet: 'visitation', json: true },
    });
  });

  it.each([
    [[], /missing command/],
    [['run', 'opsporing'], /unknown command "run"/],
    [['evaluate'], /missing rule set/],
    [['evaluate', 'opsporing', '--as-of', '2026-01-01', '--as-of', '2026-01-02'], /option --as-of is given more than once/],
    [['evaluate', 'visitation', '--impact-dimension', 'future', '--impact-dimension=both'], /option --impact-dimension is given more than once/],
    [['conformance', 'run', '--url', 'http://127.0.0.1', '--json', '--json'], /option --json is given more than once/],
    [['evaluate', 'hko'], /unknown rule set "hko"/],
    [['validate', 'fleksjob'], /unknown form "fleksjob"/],
    [['validate', 'opsporing', '--as-of', '2026-01-01'], /--as-of applies to evaluate and handover only/],
    [['handover', '--impact-dimension', 'future'], /applies to evaluate only/],
    [['evaluate', 'opsporing', '--impact-dimension', 'future'], /applies to rule set visitation only/],
    [['serve', '--port', '70000'], /--port must be a whole number/],
    [['serve', '--as-of', '2026-01-01'], /applies to evaluate and handover only/],
    [['conformance'], /missing conformance command/],
    [['conformance', 'check'], /unknown conformance command "check"/],
    [['conformance', 'export'], /missing directory/],
    [['conformance', 'run'], /missing --url/],
    [['conformance', 'run', '--url', 'ftp://example'], /http or https/],
    [['conformance', 'run', '--url', 'http://127.0.0.1:1', '--rule-set', 'nothing'], /unknown rule set "nothing"/],
    [['conformance', 'run', '--url', 'http://127.0.0.1:1', '--json=yes'], /takes no value/],
    [['evaluate', 'opsporing', '--as-of'], /needs a value/],
    [['evaluate', 'opsporing', '--workers', '0'], /--workers must be a whole number from 1 to 64/],
    [['evaluate', 'opsporing', '--workers', 'two'], /--workers must be a whole number from 1 to 64/],
    [['serve', '--workers', '2'], /--workers applies to evaluate and validate and handover only/],
    [['evaluate', 'opsporing', '--lang', 'de'], /da or en/],
    [['evaluate', 'opsporing', '--verbose'], /unknown option "--verbose"/],
    [['evaluate', 'opsporing', 'extra'], /unexpected argument "extra"/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
