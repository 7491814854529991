// `npm run size`: the gzipped size of what a portal ships, against its budget. Exits 1 above budget.
// Run after `npm run build`. A budget is the size measured when it was last set, so that growth is a decision;
// a target is where a file should get to, and is printed beside it, met or not, without failing the run. For a file
// that misses its target, and for every bundle with `--modules`, it also prints which source modules the bytes come from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesByModule, gzipLength } from '../scripts/bytes-by-module.mjs';

const KB = 1024;
const BUDGETS = [
  // The target of 30 KB predates the flows, check-your-answers, drafts, contact and theme. Reaching it means leaving
  // features out of this file, which is a decision, not a fix; the figures printed below the table are what it starts from.
  { file: 'packages/forms/dist/rummelig-opsporing.js', what: "citizen bundle: <rummelig-opsporing> with validators, rules and texts", budget: 35.5 * KB, target: 30 * KB },
  { file: 'packages/forms/dist/rummelig-hko-check.js', what: '<rummelig-hko-check> with the five schemes, validators and texts', budget: 58.5 * KB },
  { file: 'packages/forms/dist/rummelig-forms.js', what: 'every component, one file', budget: 92 * KB },
  { file: 'packages/core/dist/index.js', what: '@rummelig/core ESM entry', budget: 30 * KB },
  // The rules entry carries every rule set with its texts in both languages; a portal's bundler keeps only those it uses.
  { file: 'packages/rules/dist/index.js', what: '@rummelig/rules ESM entry', budget: 70 * KB },
  { file: 'packages/forms/dist/index.js', what: '@rummelig/forms ESM entry', budget: 35 * KB },
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULE_ROWS = 14;

const rows = BUDGETS.map(({ file, what, budget, target }) => {
  const source = readFileSync(resolve(ROOT, file));
  const gzipped = gzipLength(source);
  return {
    file,
    what,
    'minified KB': round(source.length / KB),
    'gzipped KB': round(gzipped / KB),
    'budget KB': round(budget / KB),
    within: gzipped <= budget ? 'yes' : 'NO',
    'target KB': target === undefined ? '' : round(target / KB),
    'target met': target === undefined ? '' : gzipped <= target ? 'yes' : 'not yet',
  };
});
console.table(rows);
const over = rows.filter((row) => row.within === 'NO');
for (const row of over) console.log(`Over budget: ${row.file} is ${row['gzipped KB']} KB gzipped; the budget is ${row['budget KB']} KB.`);
for (const row of rows.filter((each) => each['target met'] === 'not yet')) {
  console.log(`Target not met yet: ${row.file} is ${row['gzipped KB']} KB gzipped; the target is ${row['target KB']} KB.`);
}
const explained = process.argv.includes('--modules') ? rows : rows.filter((row) => row['target met'] === 'not yet');
for (const { file } of explained) printModules(file);
process.exitCode = over.length > 0 ? 1 : 0;

function printModules(file) {
  const path = resolve(ROOT, file);
  if (!existsSync(`${path}.map`)) return;
  const nameOf = (source) => {
    const absolute = resolve(dirname(path), source);
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(absolute);
    return dependency ? `${dependency[1]} (dependency)` : relative(ROOT, absolute);
  };
  const { gzipped, modules } = bytesByModule(readFileSync(path, 'utf8'), readFileSync(`${path}.map`, 'utf8'), { nameOf, top: MODULE_ROWS });
  console.log(`\n${file}, ${round(gzipped / KB)} KB gzipped: what each source module adds, measured by leaving it out of the gzip.`);
  console.log('The savings do not add up to the total: gzip codes each module by the text before it, so shared words count once.');
  console.table(modules.map(({ module, minified, gzipSaved }) => ({ module, 'minified KB': round(minified / KB), 'gzip saved KB': round(gzipSaved / KB) })));
}

function round(value) {
  return Math.round(value * 10) / 10;
}
