import { isRecord } from '../data-checks.js';
import { RULE_SET_CASES, type RuleSetCase } from '../rule-sets/cases.js';
import { RULE_SET_IDS, type RuleSetId } from '../types.js';
import { compareCase, type Difference } from './compare.js';

export interface ConformanceOptions {
  /** The implementation's base address: cases go to `POST {url}/v1/evaluate/{ruleSet}`. */
  readonly url: string;
  /** Run this rule set's cases only. */
  readonly ruleSet?: RuleSetId | undefined;
  /** Time for one answer, in milliseconds (default 30 s); a case without an answer in time fails. */
  readonly timeout?: number;
  /** The fetch to send requests with (default: the global one). */
  readonly fetch?: typeof fetch;
}

export interface CaseReport {
  readonly id: string;
  readonly passed: boolean;
  readonly differences: readonly Difference[];
}

export interface RuleSetReport {
  readonly ruleSet: RuleSetId;
  readonly passed: number;
  readonly failed: number;
  readonly cases: readonly CaseReport[];
}

export interface ConformanceReport {
  readonly url: string;
  readonly passed: boolean;
  readonly ruleSets: readonly RuleSetReport[];
}

/** No answer at all came from the endpoint: nothing could be compared. */
export class EndpointUnreachable extends Error {
  constructor(url: string, cause: unknown) {
    const reason = isRecord(cause) && isRecord(cause['cause']) && typeof cause['cause']['code'] === 'string' ? ` (${cause['cause']['code']})` : '';
    super(`${url} cannot be reached${reason}.`, { cause });
    this.name = 'EndpointUnreachable';
  }
}

/** The address a case is sent to: the date and the rule set's options as query parameters. */
export function caseUrl(url: string, ruleSet: RuleSetId, testCase: RuleSetCase): string {
  const query = new URLSearchParams({ asOf: testCase.asOf, ...testCase.options });
  return `${url.replace(/\/+$/, '')}/v1/evaluate/${encodeURIComponent(ruleSet)}?${query.toString()}`;
}

/**
 * Runs every case (or one rule set's) against any HTTP implementation of
 * `POST /v1/evaluate/{ruleSet}` and compares each answer with the case.
 * Throws EndpointUnreachable when a request gets no answer at all.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const send = options.fetch ?? fetch;
  const ruleSets: RuleSetReport[] = [];
  for (const ruleSet of options.ruleSet === undefined ? RULE_SET_IDS : [options.ruleSet]) {
    const cases: CaseReport[] = [];
    for (const testCase of RULE_SET_CASES[ruleSet].cases) {
      const differences = await runCase(send, caseUrl(options.url, ruleSet, testCase), testCase, options.timeout ?? 30_000);
      cases.push({ id: testCase.id, passed: differences.length === 0, differences });
    }
    const passed = cases.filter((item) => item.passed).length;
    ruleSets.push({ ruleSet, passed, failed: cases.length - passed, cases });
  }
  return { url: options.url, passed: ruleSets.every((report) => report.failed === 0), ruleSets };
}

async function runCase(send: typeof fetch, url: string, testCase: RuleSetCase, timeout: number): Promise<Difference[]> {
  let response: Response;
  let text: string;
  try {
    response = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(testCase.input),
      signal: AbortSignal.timeout(timeout),
    });
    text = await response.text();
  } catch (error) {
    if (isRecord(error) && error['name'] === 'TimeoutError') return [{ key: '(answer)', expected: `an answer within ${timeout} ms`, actual: 'none' }];
    throw new EndpointUnreachable(new URL(url).origin, error);
  }
  if (response.status !== 200) {
    const code = errorCodeOf(text);
    return [{ key: '(status)', expected: 200, actual: code === undefined ? response.status : `${response.status} ${code}` }];
  }
  let result: unknown;
  try {
    result = JSON.parse(text);
  } catch {
    return [{ key: '(body)', expected: 'a JSON result', actual: 'a body that is not JSON' }];
  }
  return compareCase(testCase, result);
}

function errorCodeOf(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return isRecord(body) && isRecord(body['error']) && typeof body['error']['code'] === 'string' ? body['error']['code'] : undefined;
  } catch {
    return undefined;
  }
}
