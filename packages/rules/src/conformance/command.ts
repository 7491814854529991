import { writeLine, type Writable } from '../cli/output.js';
import type { RuleSetId } from '../types.js';
import { formatReport } from './report.js';
import { EndpointUnreachable, runConformance } from './run-suite.js';

/** `rummelig conformance run`: exit status 0 when every case passes, 1 when any fails, 2 when the endpoint cannot be reached. */
export async function runConformanceCommand(
  options: { readonly url: string; readonly ruleSet: RuleSetId | undefined; readonly json: boolean },
  io: { readonly stdout: Writable; readonly stderr: Writable },
): Promise<number> {
  try {
    const report = await runConformance({ url: options.url, ruleSet: options.ruleSet });
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.passed ? 0 : 1;
  } catch (error) {
    if (!(error instanceof EndpointUnreachable)) throw error;
    await writeLine(io.stderr, `rummelig: ${error.message}`);
    return 2;
  }
}
