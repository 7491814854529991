// `npm run size`: the gzipped size of what a portal ships, against its budget. Exits 1 above budget.
// Run after `npm run build`; the budgets and targets are in budgets.mjs. For a file that misses its target, and for
// every bundle with `--modules`, it also prints which source modules the bytes come from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesByModule, gzipLength } from '../scripts/bytes-by-module.mjs';
import { BUDGETS, KB } from './budgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULE_ROWS = 14;

const rows = BUDGETS.map(({ file, what, budget, target }) => {
  const source = Buffer.from(withStaticImports(resolve(ROOT, file)));
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
for (const budget of BUDGETS.filter((each) => each.layers)) printLayers(budget);
const explained = process.argv.includes('--modules') ? rows : rows.filter((row) => row['target met'] === 'not yet');
for (const { file } of explained) printModules(file);
process.exitCode = over.length > 0 ? 1 : 0;

/**
 * A package entry's code with the code of the files it imports of its own, each once: the package's build puts what its
 * entries share in files of their own, and an application that imports the entry loads those too. A file gzipped
 * together with what it imports is what a bundler makes of them, near enough.
 */
function withStaticImports(path, seen = new Set()) {
  if (seen.has(path)) return '';
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const imported = [...code.matchAll(/^(?:import|export)\b[^;]*?['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => resolve(dirname(path), match[1]));
  return imported.map((each) => withStaticImports(each, seen)).join('') + code;
}

/** The bundle's code and source map, and its sources' paths from the repository's root, the dependencies' from node_modules/. */
function readBundle(file) {
  const path = resolve(ROOT, file);
  if (!existsSync(`${path}.map`)) return undefined;
  const pathOf = (source) => {
    const absolute = resolve(dirname(path), source);
    const dependency = /node_modules\/.*$/.exec(absolute);
    return dependency ? dependency[0] : relative(ROOT, absolute);
  };
  return { code: readFileSync(path, 'utf8'), map: readFileSync(`${path}.map`, 'utf8'), pathOf };
}

function printLayers({ file, layers }) {
  const bundle = readBundle(file);
  if (!bundle) return;
  const layerOf = (source) => layers.find((layer) => layer.sources.some((start) => bundle.pathOf(source).startsWith(start)))?.layer ?? 'other';
  const { gzipped, modules } = bytesByModule(bundle.code, bundle.map, { nameOf: layerOf });
  console.log(`\n${file}, ${round(gzipped / KB)} KB gzipped, by layer: each gzipped alone, as a file of its own, and what leaving it out saves.`);
  // In the layers' order; code of no layer (another dependency, or none that the map names) comes last.
  const order = (row) => (layers.findIndex((layer) => layer.layer === row.module) + layers.length + 1) % (layers.length + 1);
  console.table(
    [...modules].sort((a, b) => order(a) - order(b)).map(({ module, minified, gzipAlone, gzipSaved }) => {
      const { what = '', goal } = layers.find((layer) => layer.layer === module) ?? {};
      const goalMet = goal === undefined ? '' : gzipAlone <= goal ? 'yes' : 'NO';
      return { layer: module, what, 'minified KB': round(minified / KB), 'gzipped alone KB': round(gzipAlone / KB), 'gzip saved KB': round(gzipSaved / KB), 'goal KB': goal === undefined ? '' : round(goal / KB), 'goal met': goalMet };
    }),
  );
}

function printModules(file) {
  const bundle = readBundle(file);
  if (!bundle) return;
  const nameOf = (source) => {
    const path = bundle.pathOf(source);
    const dependency = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return dependency ? `${dependency[1]} (dependency)` : path;
  };
  const { gzipped, modules } = bytesByModule(bundle.code, bundle.map, { nameOf, top: MODULE_ROWS });
  console.log(`\n${file}, ${round(gzipped / KB)} KB gzipped: what each source module adds, measured by leaving it out of the gzip.`);
  console.log('The savings do not add up to the total: gzip codes each module by the text before it, so shared words count once.');
  console.table(modules.map(({ module, minified, gzipSaved }) => ({ module, 'minified KB': round(minified / KB), 'gzip saved KB': round(gzipSaved / KB) })));
}

function round(value) {
  return Math.round(value * 10) / 10;
}
