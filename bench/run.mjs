// `npm run bench`: compiles bench/bench.ts with esbuild (the sources, by the "source" condition) and runs it.
// Options: --documents N (per rule set, default 20000), --cli-lines N (default 1000000), --seconds S per measurement,
// --http-seconds S per measurement of the HTTP service (default 5; 0 leaves it out).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const outfile = fileURLToPath(new URL('../node_modules/.cache/rummelig-bench/bench.mjs', import.meta.url));
mkdirSync(fileURLToPath(new URL('../node_modules/.cache/rummelig-bench/', import.meta.url)), { recursive: true });
await build({
  entryPoints: [fileURLToPath(new URL('./bench.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  // Dependencies from node_modules load as they are; json-rules-engine and autocannon are CommonJS.
  external: ['json-rules-engine', 'autocannon'],
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
