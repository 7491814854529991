import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './cli-test-helpers.js';



const referred = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'adhd', impact: 'large' }],
  impactDescription: 'Jeg har svært ved at holde fokus.',
  medicallyDocumented: true,
  priorCompensationSchemes: false,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};
const empty = { form: 'opsporing', formVersion: 1 };
const evaluateArgs = ['evaluate', 'opsporing', '--as-of', '2026-03-02'];

describe('rummelig evaluate', () => {
  it('writes one result per JSON line, in order, and an error line in place of a bad line', async () => {
    const input = [JSON.stringify(referred), '{"form": "opsporing", "formVersion": 1, ', '', JSON.stringify(empty), '{"form":"opsporing","formVersion":1,"noImpairment":"ja"}', JSON.stringify(referred)].join('\n');
    const { code, lines, stderr } = await run(evaluateArgs, `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ ruleSet: 'opsporing', asOf: '2026-03-02', recommendation: 'refer', decision: 'refer' });
    expect(lines[1]).toEqual({
      error: { code: 'invalid-json', path: '', message: 'Indholdet er ikke gyldig JSON.', messages: { da: 'Indholdet er ikke gyldig JSON.', en: 'The input is not valid JSON.' } },
      errors: [expect.objectContaining({ code: 'invalid-json', path: '' })],
    });
    // A blank line is a line: skipping it would put every later result beside the wrong document.
    expect(lines[2]).toMatchObject({ error: { code: 'invalid-json', path: '', message: 'Indholdet er tomt.' } });
    expect(lines[3]).toMatchObject({ recommendation: 'undetermined', decision: null });
    expect(lines[4]).toMatchObject({ error: { code: 'wrong-type', path: '/noImpairment' } });
    expect(lines[5]).toEqual(lines[0]);
  });

  it('lists every issue of a document in errors, the first in error', async () => {
    const broken = { form: 'opsporing', formVersion: 1, noImpairment: 'ja', impairments: [{ type: 'flying', impact: 'small' }] };
    const { code, lines } = await run([...evaluateArgs, '--lang', 'en'], JSON.stringify(broken));
    expect(code).toBe(1);
    const [line] = lines;
    expect(line).toMatchObject({ error: { code: expect.any(String), path: expect.any(String), message: expect.any(String) } });
    const errors = (line as { errors: { code: string; path: string; message: string; messages: { en: string } }[] }).errors;
    expect(errors.map(({ path }) => path).sort()).toEqual(['/impairments/0/type', '/noImpairment']);
    for (const issue of errors) expect(issue.message).toBe(issue.messages.en);
  });

  it('exits 0 and evaluates a pretty-printed document over several lines', async () => {
    const { code, lines } = await run(evaluateArgs, `\n${JSON.stringify(referred, null, 2)}\n\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ recommendation: 'refer', missing: [], warnings: [] });
  });

  it('reads input that arrives in arbitrary chunks', async () => {
    const text = `${JSON.stringify(referred)}\n${JSON.stringify(empty)}`;
    async function* trickle(): AsyncGenerator<string> {
      for (let index = 0; index < text.length; index += 7) yield text.slice(index, index + 7);
    }
    const { code, lines } = await run(evaluateArgs, trickle());
    expect(code).toBe(0);
    expect(lines.map((line) => (line as { recommendation: string }).recommendation)).toEqual(['refer', 'undetermined']);
  });

  it('writes one invalid-json error line and exits 1 for empty input, as the HTTP service answers it', async () => {
    const { code, lines, stderr } = await run([...evaluateArgs, '--lang', 'en'], '');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines).toEqual([{ error: expect.objectContaining({ code: 'invalid-json', path: '', message: 'The input is empty.' }), errors: [expect.objectContaining({ params: { reason: 'empty' } })] }]);
  });

  it('reads files with a BOM each, concatenated, line for line', async () => {
    const { code, lines } = await run(evaluateArgs, `\uFEFF${JSON.stringify(referred)}\n\uFEFF${JSON.stringify(empty)}\n`);
    expect(code).toBe(0);
    expect(lines.map((line) => line['recommendation'])).toEqual(['refer', 'undetermined']);
  });

  it('writes an error line for each blank line', async () => {
    const blank = await run(evaluateArgs, '\n \n');
    expect(blank.code).toBe(1);
    expect(blank.lines).toEqual([0, 1].map(() => expect.objectContaining({ error: expect.objectContaining({ code: 'invalid-json', path: '' }) })));
  });

  it('writes an error line for a line that is not UTF-8 or longer than any document, in its place', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"form":"opsporing","formVersion":1,"impactDescription":"Jeg kan ikke st'), Buffer.from([0xe5]), Buffer.from(' op"}\n')]);
    const long = `{"form":"opsporing","formVersion":1,"impactDescription":"${'x'.repeat(1024 * 1024)}"}\n`;
    const { code, lines } = await run([...evaluateArgs, '--lang', 'en'], Readable.from([latin1, Buffer.from(long), Buffer.from(`${JSON.stringify(empty)}\n`)]));
    expect(code).toBe(1);
    expect(lines).toEqual([
      { error: { code: 'invalid-json', path: '', message: 'The input is not valid UTF-8.', messages: expect.any(Object) }, errors: [expect.objectContaining({ params: { reason: 'not-utf-8' } })] },
      { error: { code: 'too-long', path: '', message: 'The line must be at most 1048576 bytes.', messages: expect.any(Object) }, errors: [expect.objectContaining({ params: { limit: 1048576, unit: 'bytes' } })] },
      expect.objectContaining({ recommendation: 'undetermined' }),
    ]);
  });

  it.each([
    [['evaluate', 'hko'], /unknown rule set "hko"/],
    [['evaluate', 'opsporing', '--as-of', '2026-02-30'], /not an existing date/],
    [['evaluate', 'opsporing', '--as-of', '2017-12-31'], /No version of rule set "opsporing" is in force on 2017-12-31/],
    [['frobnicate'], /unknown command/],
    [['evaluate', 'opsporing', '--as-of', '2026-03-02', '--as-of=2026-03-03'], /--as-of is given more than once/],
  ])('exits 2 with a message on stderr for %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, JSON.stringify(referred));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('prints usage for --help', async () => {
    const { code, stdout } = await run(['--help'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/rummelig evaluate <ruleSet>/);
  });

  it('prints the version of @rummelig/rules for --version', async () => {
    const { version } = (await import('../../package.json')).default;
    expect(await run(['--version'], '')).toMatchObject({ code: 0, stdout: `rummelig ${version}\n`, stderr: '' });
  });
});

describe('rummelig validate', () => {
  it('prints {"valid": true} for a good document and an error line for a bad one', async () => {
    const { code, lines } = await run(['validate', 'opsporing'], `${JSON.stringify(empty)}\n{"form": "visitation", "formVersion": 1}\n`);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({ valid: true });
    expect(lines[1]).toMatchObject({ error: { code: 'wrong-form' } });
  });

  it('exits 0 when every document is valid', async () => {
    const { code, lines } = await run(['validate', 'opsporing'], `${JSON.stringify(referred)}\n${JSON.stringify(empty)}\n`);
    expect(code).toBe(0);
    expect(lines).toEqual([{ valid: true }, { valid: true }]);
  });
});
