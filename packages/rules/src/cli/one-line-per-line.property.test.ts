import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, hostileValue } from '../../../core/src/testing/hostile-values.js';
import { main } from './main.js';

/**
 * Whatever a JSON Lines file holds, `rummelig` writes one line for each of its
 * lines, blank ones included, in order. A line is compact JSON of any value, or
 * any text on one line, brackets and bytes that are not UTF-8 included. The one
 * exception is an input that is one JSON value spanning several lines as a whole
 * (a pretty-printed document), which gets one line; lines of arbitrary text are
 * that only when a bracket of the first one encloses the rest, which is
 * prevented here by starting the input with a line of its own.
 */
const line = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
  hostileString.map((text) => text.replace(/[\n\r]/g, '')),
  fc.constantFrom('', '   ', '\u00a0', '{', '}', '[', '{"a":', '"citizen": {}}'),
);
const NOT_UTF8 = Buffer.from([0x22, 0xe5, 0x22]);

describe('the command line on any input', () => {
  it.each(['evaluate opsporing', 'evaluate visitation', 'evaluate isbryder', 'evaluate personlig-assistance', 'validate opsporing', 'validate visitation', 'validate hko', 'handover'])(
    'rummelig %s writes exactly one output line per input line',
    async (command) => {
      const argv = command.split(' ');
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(line, fc.constant(NOT_UTF8)), { minLength: 1, maxLength: 50 }), async (drawn) => {
          const lines = ['{"form":"opsporing"}', ...drawn];
          // Each line ends in a newline, so that a last blank line is one, not the end of the line before it.
          const input = Buffer.concat(lines.flatMap((each) => [Buffer.isBuffer(each) ? each : Buffer.from(each), Buffer.from('\n')]));
          let stdout = '';
          const code = await main([...argv, ...(argv[0] === 'validate' ? [] : ['--as-of', '2026-11-22'])], {
            stdin: Readable.from([input]),
            stdout: { write: (chunk: string) => ((stdout += chunk), true) },
            stderr: { write: () => true },
          });
          expect(code === 0 || code === 1).toBe(true);
          const written = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n');
          expect(written).toHaveLength(lines.length);
          for (const output of written) expect(() => JSON.parse(output)).not.toThrow();
        }),
        { numRuns: 200, seed: 2026 },
      );
    },
    300_000,
  );
});
