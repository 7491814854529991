import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { validate, type FormId } from '@rummelig/core';
import { generatePopulation, type PopulationForm } from '@rummelig/core/population';
import { evaluateDocumentSync } from '../packages/rules/src/evaluate.js';
import { assessFirstStage, prepareEvaluation, type PreparedEvaluation } from '../packages/rules/src/evaluation-steps.js';
import { evaluateDocumentWithJsonRulesEngine } from '../packages/rules/src/reference.js';
import { firedRulesByEngine } from '../packages/rules/src/reference-engine.js';
import { firedRulesByClosures, firedRulesSync, precompile } from '../packages/rules/src/run-compiled.js';
import type { Facts } from '../packages/rules/src/compile-conditions.js';
import { HKO_RULE_SET_IDS, type RuleSetId } from '../packages/rules/src/types.js';
import { ruleSetById } from '../packages/rules/src/rule-set-registry.js';
import { compareWithJsonRulesEngine, DIFFERENTIAL_CASES, type DifferentialRun } from '../packages/rules/src/differential.js';
import { HANDWRITTEN } from './handwritten.js';
import { benchHttp } from './http.js';
import { benchPageLoad, pageLoadFindings } from './page-load.js';
import { CITIZEN_BUNDLE } from './budgets.mjs';
import { gzipLength } from '../scripts/bytes-by-module.mjs';

/**
 * Rummelig's benchmarks, printed as tables with ratios measured in the same
 * run and written to bench/results.json. Not part of the tests: speed is
 * measured here, behaviour is asserted there.
 */

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '20000' },
    'cli-lines': { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '1' },
    'http-seconds': { type: 'string', default: '5' },
    'load-runs': { type: 'string', default: '5' },
    differential: { type: 'string', default: '0' },
  },
});
const DOCUMENTS = Number(args.documents);
const CLI_LINES = Number(args['cli-lines']);
const SECONDS = Number(args.seconds);
const HTTP_SECONDS = Number(args['http-seconds']);
const LOAD_RUNS = Number(args['load-runs']);
const DIFFERENTIAL = Number(args.differential);
const AS_OF = '2026-11-22';
/** bench/run.mjs runs this file compiled into node_modules/.cache/rummelig-sources/. */
const ROOT = new URL('../../../', import.meta.url);

const RULE_SETS: readonly { readonly ruleSet: RuleSetId; readonly form: PopulationForm }[] = [
  { ruleSet: 'opsporing', form: 'opsporing' },
  { ruleSet: 'visitation', form: 'visitation' },
  ...HKO_RULE_SET_IDS.map((ruleSet) => ({ ruleSet, form: 'hko' as const })),
];

interface Prepared {
  readonly prepared: PreparedEvaluation<RuleSetId>;
  readonly second: Facts;
}

/** Runs `pass` (one pass over the documents) until `SECONDS` have gone, and gives documents per second. */
async function perSecond(count: number, pass: () => unknown): Promise<number> {
  await pass();
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < SECONDS || passes === 0) {
    await pass();
    passes += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return (count * passes) / elapsed;
}

function sortedNames(rules: readonly { readonly name: string }[]): string {
  return rules
    .map((rule) => rule.name)
    .sort()
    .join(',');
}

const rows: Record<string, unknown>[] = [];
const verdicts: string[] = [];

for (const { ruleSet, form } of RULE_SETS) {
  const documents = [...generatePopulation(form, { seed: 42, count: DOCUMENTS })].map((generated) => generated.document);
  const prepared: Prepared[] = [];
  for (const document of documents) {
    const ready = prepareEvaluation(ruleSetById(ruleSet), document, { asOf: AS_OF });
    if ('issues' in ready) continue;
    const first = firedRulesSync(ready.definition, 'answers', ready.facts);
    prepared.push({ prepared: ready, second: assessFirstStage(ready, first).facts });
  }
  const definition = prepared[0]?.prepared.definition;
  if (definition === undefined) throw new Error(`No valid ${form} document was generated.`);
  precompile(definition);
  const handwritten = HANDWRITTEN[ruleSet];
  if (handwritten === undefined) throw new Error(`No hand-written limit for ${ruleSet}.`);

  // The three must fire the same rules on every document, or the comparison means nothing.
  for (const { prepared: ready, second } of prepared) {
    for (const [stage, facts] of [['answers', ready.facts], ['assessment', second]] as const) {
      const compiled = sortedNames(firedRulesSync(definition, stage, facts));
      const byClosures = sortedNames(firedRulesByClosures(definition, stage, facts));
      if (byClosures !== compiled) throw new Error(`${ruleSet} ${stage}: generated [${compiled}] and closures [${byClosures}] differ.`);
      const engine = sortedNames(await firedRulesByEngine(definition, stage, facts));
      const byHand = [...handwritten(facts, stage)].sort().join(',');
      if (compiled !== engine || compiled !== byHand) {
        throw new Error(`${ruleSet} ${stage}: compiled [${compiled}], json-rules-engine [${engine}], hand-written [${byHand}] differ.`);
      }
    }
  }

  const engine = await perSecond(prepared.length, async () => {
    for (const { prepared: ready, second } of prepared) {
      await firedRulesByEngine(definition, 'answers', ready.facts);
      await firedRulesByEngine(definition, 'assessment', second);
    }
  });
  const compiled = await perSecond(prepared.length, () => {
    for (const { prepared: ready, second } of prepared) {
      firedRulesSync(definition, 'answers', ready.facts);
      firedRulesSync(definition, 'assessment', second);
    }
  });
  const closures = await perSecond(prepared.length, () => {
    for (const { prepared: ready, second } of prepared) {
      firedRulesByClosures(definition, 'answers', ready.facts);
      firedRulesByClosures(definition, 'assessment', second);
    }
  });
  const byHand = await perSecond(prepared.length, () => {
    for (const { prepared: ready, second } of prepared) {
      handwritten(ready.facts, 'answers');
      handwritten(second, 'assessment');
    }
  });
  const wholeReference = await perSecond(documents.length, async () => {
    for (const document of documents) await evaluateDocumentWithJsonRulesEngine(ruleSet, document, { asOf: AS_OF });
  });
  const whole = await perSecond(documents.length, () => {
    for (const document of documents) evaluateDocumentSync(ruleSet, document, { asOf: AS_OF });
  });
  const validation = await perSecond(documents.length, () => {
    for (const document of documents) validate(form as FormId, document);
  });

  const row = {
    ruleSet,
    rules: definition.rules.length,
    documents: documents.length,
    jsonRulesEngine: Math.round(engine),
    compiled: Math.round(compiled),
    closures: Math.round(closures),
    handwritten: Math.round(byHand),
    compiledVsHandwritten: round(compiled / byHand),
    compiledVsJsonRulesEngine: round(compiled / engine),
    wholeEvaluationReference: Math.round(wholeReference),
    wholeEvaluation: Math.round(whole),
    validation: Math.round(validation),
  };
  rows.push(row);
  const passes = row.compiledVsHandwritten >= 0.5 && row.compiledVsJsonRulesEngine >= 100;
  verdicts.push(
    `${passes ? 'meets' : 'MISSES'} the target for ${ruleSet}: ${row.compiledVsHandwritten}× the hand-written functions (at least 0.5×), ${row.compiledVsJsonRulesEngine}× json-rules-engine (at least 100×)`,
  );
}

console.log(`\nRule evaluation, documents per second (both stages; the same ${DOCUMENTS} generated documents per rule set, the valid ones)\n`);
console.table(
  rows.map((row) => ({
    'rule set': row['ruleSet'],
    rules: row['rules'],
    'json-rules-engine': row['jsonRulesEngine'],
    'Rummelig (generated at build)': row['compiled'],
    'closures only': row['closures'],
    'hand-written': row['handwritten'],
    'compiled / hand-written': row['compiledVsHandwritten'],
    'compiled / json-rules-engine': row['compiledVsJsonRulesEngine'],
  })),
);
console.log('\nWhole evaluation, documents per second (validation, both stages and the explained result; invalid documents included)\n');
console.table(
  rows.map((row) => ({
    'rule set': row['ruleSet'],
    'with json-rules-engine': row['wholeEvaluationReference'],
    'Rummelig (evaluateDocumentSync)': row['wholeEvaluation'],
    ratio: round(Number(row['wholeEvaluation']) / Number(row['wholeEvaluationReference'])),
    'validation alone': row['validation'],
  })),
);

const differential = DIFFERENTIAL > 0 ? await runDifferential(DIFFERENTIAL) : undefined;

const cli = CLI_LINES > 0 ? await benchCli(CLI_LINES) : undefined;
if (cli) {
  console.log(`\nCommand line: rummelig evaluate opsporing on ${CLI_LINES.toLocaleString('en')} JSON lines\n`);
  console.table(
    cli.map((run) => ({ threads: run.threads, 'lines per second': run.linesPerSecond, seconds: run.seconds, 'peak memory (MB)': run.peakMegabytes, 'output lines': run.outputLines })),
  );
}

const http =
  HTTP_SECONDS > 0
    ? await benchHttp([...generatePopulation('opsporing', { seed: 11, count: 1000 })].map((generated) => generated.document), {
        seconds: HTTP_SECONDS,
        connections: 10,
        linesPerBody: 100,
        asOf: AS_OF,
      })
    : undefined;
if (http) {
  console.log(`\nHTTP service on loopback (rummelig serve, its own process), POST /v1/evaluate/opsporing, 10 keep-alive connections, ${HTTP_SECONDS} s each\n`);
  console.table(
    http.map((row) => ({
      request: row.request,
      'requests per second': row.requestsPerSecond,
      'documents per second': row.documentsPerSecond,
      'latency p50 (ms)': row.latencyP50Ms,
      'latency p99 (ms)': row.latencyP99Ms,
    })),
  );
}

const pageLoad = LOAD_RUNS > 0 ? await benchCitizenPage(LOAD_RUNS) : undefined;
if (pageLoad) {
  console.log(`\nThe citizen's page in Chromium on a phone's network and CPU: navigation to the form rendered, median of ${LOAD_RUNS} loads\n`);
  console.table(
    pageLoad.rows.map((row) => ({
      network: row.network,
      bundle: row.bundle,
      'gzipped bytes': row.gzippedBytes,
      'form ready (ms)': row.readyMs,
      'min–max (ms)': `${row.readyMinMs}–${row.readyMaxMs}`,
      'bundle download (ms)': row.bundleDownloadMs,
      'after download (ms)': row.afterDownloadMs,
    })),
  );
  for (const finding of pageLoad.findings) console.log(finding);
}

console.log('');
for (const verdict of verdicts) console.log(verdict);

const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  documentsPerRuleSet: DOCUMENTS,
  secondsPerMeasurement: SECONDS,
  ruleSets: rows,
  cli: cli ?? null,
  http: http ?? null,
  pageLoad: pageLoad ?? null,
  differential: differential ?? null,
};
writeFileSync(new URL('bench/results.json', ROOT), `${JSON.stringify(results, null, 2)}\n`);
if (verdicts.some((verdict) => verdict.startsWith('MISSES'))) process.exitCode = 1;

/**
 * The differential test's comparison on as many documents as asked, per rule set: the test suite's 100,000 each take
 * about three minutes in all, a million each about 25 minutes on these machines. Each rule set's row is printed as it ends.
 */
async function runDifferential(count: number) {
  console.log(`\nCompiled evaluator against json-rules-engine, whole results compared on ${count.toLocaleString('en')} generated documents per rule set\n`);
  const rows: (Omit<DifferentialRun, 'difference'> & { readonly seconds: number; readonly differences: number })[] = [];
  for (const { ruleSet, form } of DIFFERENTIAL_CASES) {
    const start = process.hrtime.bigint();
    const { difference, ...run } = await compareWithJsonRulesEngine(ruleSet, form, { seed: 2027, count });
    const row = { ...run, seconds: round(Number(process.hrtime.bigint() - start) / 1e9), differences: difference === undefined ? 0 : 1 };
    rows.push(row);
    console.log(`${ruleSet}: ${row.compared.toLocaleString('en')} documents (${run.kinds.complete} complete, ${run.kinds.partial} partial, ${run.kinds.invalid} invalid), ${difference === undefined ? 'no differences' : 'a difference'}, ${row.seconds} s`);
    if (difference !== undefined) {
      console.log(JSON.stringify(difference, null, 2));
      // The rest of the rule sets still run; the run fails once all have.
      verdicts.push(`MISSES identical results for ${ruleSet}: document ${difference.index} differs (printed above)`);
    }
  }
  return { documentsPerRuleSet: count, ruleSets: rows };
}

/** The built citizen bundle on a page, as it is and as it would be without the bytes over its target. */
async function benchCitizenPage(runs: number) {
  const bundle = readFileSync(new URL(CITIZEN_BUNDLE.file, ROOT));
  const rows = await benchPageLoad({ bundle, bundleName: 'rummelig-opsporing.js', bytesOverTarget: gzipLength(bundle) - CITIZEN_BUNDLE.target, runs });
  return { target: CITIZEN_BUNDLE.target, rows, findings: pageLoadFindings(rows) };
}

/** Writes the lines to a file, then times the built command line over it in its own process and takes its peak memory. */
interface CliRun {
  readonly threads: string;
  readonly linesPerSecond: number;
  readonly seconds: number;
  readonly peakMegabytes: number;
  readonly outputLines: number;
}

/** The built command line over the same file, in its own thread and with two worker threads (one per core here). */
async function benchCli(lines: number): Promise<CliRun[]> {
  const directory = mkdtempSync(join(tmpdir(), 'rummelig-bench-'));
  const input = join(directory, 'opsporing.jsonl');
  try {
    const out = createWriteStream(input);
    for (const { document } of generatePopulation('opsporing', { seed: 7, count: lines })) {
      if (!out.write(`${JSON.stringify(document)}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const wrapper = new URL('bench/cli-with-peak-memory.mjs', ROOT);
    const runs: CliRun[] = [];
    for (const [threads, extra] of [['one', []], ['two workers', ['--workers', '2']]] as const) {
      const start = process.hrtime.bigint();
      const child = spawn(process.execPath, [wrapper.pathname, 'evaluate', 'opsporing', '--as-of', AS_OF, ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
      createReadStream(input).pipe(child.stdin);
      let outputLines = 0;
      // Counted natively: a loop over each byte of the 3 GB of results here took a core from the command it measures.
      child.stdout.on('data', (chunk: Buffer) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) outputLines += 1;
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await once(child, 'close');
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const peak = Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      runs.push({ threads, linesPerSecond: Math.round(lines / seconds), seconds: round(seconds), peakMegabytes: round(peak / 1024), outputLines });
    }
    return runs;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
