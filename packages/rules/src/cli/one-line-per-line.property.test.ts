import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, hostileValue } from '../../../core/src/testing/hostile-values.js';
import { main } from './main.js';

/**
 * Whatever a JSON Lines file holds, `rummelig` writes one line for each of its
 * lines (blank lines aside), in order. A line is compact JSON of any value, or
 * any text that opens no bracket it leaves open: such a line would begin a
 * pretty-printed document spanning several lines, which the command also reads.
 */
const line = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
  hostileString.map((text) => text.replace(/[\n{[]/g, '')),
);

describe('the command line on any input', () => {
  it.each(['evaluate opsporing', 'evaluate visitation', 'evaluate isbryder', 'evaluate personlig-assistance', 'validate opsporing', 'validate visitation', 'validate hko', 'handover'])(
    'rummelig %s writes exactly one output line per non-blank input line',
    async (command) => {
      const argv = command.split(' ');
      await fc.assert(
        fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 50 }), async (lines) => {
          let stdout = '';
          const code = await main([...argv, ...(argv[0] === 'validate' ? [] : ['--as-of', '2026-11-22'])], {
            stdin: Readable.from([Buffer.from(lines.join('\n'))]),
            stdout: { write: (chunk: string) => ((stdout += chunk), true) },
            stderr: { write: () => true },
          });
          expect(code === 0 || code === 1).toBe(true);
          const written = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n');
          expect(written).toHaveLength(lines.filter((text) => text.trim() !== '').length);
          for (const output of written) expect(() => JSON.parse(output)).not.toThrow();
        }),
        { numRuns: 200, seed: 2026 },
      );
    },
    300_000,
  );
});
