import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.js';
import { runCli as run } from './cli-test-helpers.js';


const visited = {
  form: 'visitation',
  formVersion: 1,
  impairments: { primary: 'back-neck' },
  impactPast: 'medium',
  impactFuture: 'none',
  hkoNeededNow: false,
  motivated: true,
  decision: { referToProgramme: true, reason: 'Opfylder kriterierne.' },
};
const args = ['evaluate', 'visitation', '--as-of', '2026-03-02'];

describe('rummelig evaluate visitation', () => {
  it('writes an error line in place of a bad line in the middle and evaluates the rest', async () => {
    const input = [JSON.stringify(visited), '{"form":"visitation","formVersion":1,"impactPast":"huge"}', JSON.stringify({ form: 'visitation', formVersion: 1 })].join('\n');
    const { code, lines, stderr } = await run(args, `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ ruleSet: 'visitation', recommendation: 'visit', decision: 'visit', warnings: [] });
    expect(lines[1]).toMatchObject({ error: { code: expect.any(String), path: '/impactPast' } });
    expect(lines[2]).toMatchObject({ recommendation: 'undetermined', decision: null });
  });

  it.each([
    ['{"form":"visitation","formVersion":1,"prospectsCitizen":"terrible"}', '/prospectsCitizen'],
    ['{"form":"visitation","formVersion":1,"motivated":"ja"}', '/motivated'],
    ['{"form":"visitation","formVersion":1,"hkoSchemes":["mentor","mentor"]}', '/hkoSchemes/1'],
    ['{"form":"visitation","formVersion":1,"impairments":{"primary":"adhd","secondary":"adhd"}}', '/impairments/secondary'],
    ['{"form":"visitation","formVersion":1,"decision":{"referToProgramme":"yes"}}', '/decision/referToProgramme'],
  ])('rejects a value outside the contract with an error line: %s', async (line, path) => {
    const { code, lines } = await run(args, `${line}\n`);
    expect(code).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ error: expect.objectContaining({ path }) })]);
  });

  it('applies --impact-dimension', async () => {
    const either = await run(args, JSON.stringify(visited));
    const future = await run([...args, '--impact-dimension', 'future'], JSON.stringify(visited));
    const both = await run([...args, '--impact-dimension=both'], JSON.stringify(visited));
    expect(either.lines[0]).toMatchObject({ recommendation: 'visit' });
    expect(future.lines[0]).toMatchObject({ recommendation: 'not-in-target-group', warnings: [{ code: 'decision-without-required-criteria' }] });
    expect(both.lines[0]).toMatchObject({ recommendation: 'not-in-target-group' });
    expect(future.code).toBe(0);
  });

  it.each([
    [[...args, '--impact-dimension', 'past'], /--impact-dimension must be either, future, both, not "past"/],
    [[...args, '--impact-dimension'], /needs a value/],
    [['evaluate', 'opsporing', '--impact-dimension', 'future'], /applies to rule set visitation only/],
    [['validate', 'visitation', '--impact-dimension', 'future'], /evaluate only/],
  ])('exits 2 for %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, JSON.stringify(visited));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('parses the option into the API name', () => {
    expect(parseArgs(['evaluate', 'visitation', '--impact-dimension', 'both'])).toEqual({
      ok: true,
      command: { kind: 'evaluate', ruleSet: 'visitation', asOf: undefined, locale: 'da', options: { impactDimension: 'both' } },
    });
  });
});

describe('rummelig validate visitation', () => {
  it('prints {"valid": true} per good document and an error line for a bad one', async () => {
    const { code, lines } = await run(['validate', 'visitation'], `${JSON.stringify(visited)}\n{"form":"visitation","formVersion":1,"impactFuture":3}\n{"form":"visitation","formVersion":1}\n`);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({ valid: true });
    expect(lines[1]).toMatchObject({ error: { path: '/impactFuture' } });
    expect(lines[2]).toEqual({ valid: true });
  });
});
