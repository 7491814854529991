import { describe, expect, it } from 'vitest';
import { runCli as run } from './cli-test-helpers.js';


const referred = JSON.stringify({
  form: 'opsporing',
  formVersion: 1,
  citizen: { name: 'Jens Hansen' },
  impairments: [{ type: 'adhd', impact: 'medium' }],
  impactDescription: 'Jeg mister overblikket.',
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
});

describe('rummelig handover', () => {
  it('writes the start of each visitation document in place, and an error line for a bad one', async () => {
    const { code, lines } = await run(['handover', '--as-of', '2026-11-22'], `${referred}\n{"form":"opsporing"}\n${referred}\n`);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.['visitation']).toEqual({
      form: 'visitation',
      formVersion: 1,
      citizen: { name: 'Jens Hansen' },
      dialogue: { impairment: 'Borgers uddybning i opsporingsskemaet: Jeg mister overblikket.' },
      impairments: { others: ['adhd'], note: 'Fra opsporingsskemaet: ADHD/ADD, mellem betydning' },
    });
    expect((lines[0]?.['opsporing'] as { result: { recommendation: string; asOf: string } }).result).toMatchObject({
      recommendation: 'refer',
      asOf: '2026-11-22',
    });
    expect((lines[1]?.['error'] as { code: string; path: string }).code).toBe('required');
    expect(lines[2]).toEqual(lines[0]);
  });

  it('refuses a visitation document, which is not step 1', async () => {
    const { code, lines } = await run(['handover'], '{"form":"visitation","formVersion":1}\n');
    expect(code).toBe(1);
    expect((lines[0]?.['error'] as { code: string }).code).toBe('wrong-form');
  });

  it.each([
    [['handover', 'visitation']],
    [['handover', '--impact-dimension', 'future']],
    [['handover', '--as-of', '2026-02-30']],
  ])('treats %j as a usage error', async (argv) => {
    const { code, lines, stderr } = await run(argv, referred);
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/^rummelig: /);
  });
});
