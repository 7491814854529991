// `npm run bench`: compiles bench/bench.ts with esbuild (the sources, by the "source" condition) and runs it.
// Options: --documents N (per rule set, default 20000), --cli-lines N (default 1000000), --seconds S per measurement,
// --http-seconds S per measurement of the HTTP service (default 5; 0 leaves it out), --load-runs N loads of the
// citizen's page in Chromium per network and bundle (default 5; 0 leaves it out), --differential N documents per rule
// set on which the compiled evaluator's whole results are compared with json-rules-engine's (default 0, left out).
import { fileURLToPath } from 'node:url';
import { importSources } from '../scripts/import-sources.mjs';

// Dependencies from node_modules load as they are: json-rules-engine and autocannon are CommonJS, puppeteer-core loads its own parts at run time.
await importSources(fileURLToPath(new URL('./bench.ts', import.meta.url)), { external: ['json-rules-engine', 'autocannon', 'puppeteer-core'] });
