import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentJob } from '../document-lines.js';
import { main } from './main.js';

const jobs = vi.hoisted(() => [] as DocumentJob[]);
vi.mock('./parallel.js', () => ({
  runOnWorkers: async (job: DocumentJob) => {
    jobs.push(job);
    return false;
  },
}));

afterEach(() => {
  jobs.length = 0;
  vi.useRealTimers();
});

const io = { stdin: Readable.from([]), stdout: { write: () => true }, stderr: { write: () => true } };

describe('rummelig … --workers N', () => {
  it('gives every worker the day the command started on, so that a run past midnight in Denmark keeps one date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 in Copenhagen on 4 December 2026.
    vi.setSystemTime(new Date('2026-12-04T22:30:00Z'));
    expect(await main(['evaluate', 'opsporing', '--workers', '2'], io)).toBe(0);
    expect(await main(['handover', '--workers', '2'], io)).toBe(0);
    expect(jobs.map((job) => ('asOf' in job ? job.asOf : undefined))).toEqual(['2026-12-04', '2026-12-04']);
  });

  it('passes a date given on the command line as it is, and none for validate', async () => {
    expect(await main(['evaluate', 'isbryder', '--as-of', '2021-03-15', '--workers', '2'], io)).toBe(0);
    expect(await main(['validate', 'hko', '--workers', '2'], io)).toBe(0);
    expect(jobs).toEqual([expect.objectContaining({ kind: 'evaluate', asOf: '2021-03-15' }), expect.not.objectContaining({ asOf: expect.anything() })]);
  });
});
