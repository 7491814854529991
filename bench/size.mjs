// `npm run size`: the gzipped size of what a portal ships, against its budget. Exits 1 above budget.
// Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  { file: 'packages/forms/dist/rummelig-opsporing.js', what: "citizen bundle: <rummelig-opsporing> with validators, rules and texts", budget: 30 * KB },
  { file: 'packages/forms/dist/rummelig-hko-check.js', what: '<rummelig-hko-check> with the five schemes, validators and texts', budget: 55 * KB },
  { file: 'packages/forms/dist/rummelig-forms.js', what: 'every component, one file', budget: 85 * KB },
  { file: 'packages/core/dist/index.js', what: '@rummelig/core ESM entry', budget: 30 * KB },
  // The rules entry carries every rule set with its texts in both languages; a portal's bundler keeps only those it uses.
  { file: 'packages/rules/dist/index.js', what: '@rummelig/rules ESM entry', budget: 70 * KB },
  { file: 'packages/forms/dist/index.js', what: '@rummelig/forms ESM entry', budget: 35 * KB },
];

const rows = BUDGETS.map(({ file, what, budget }) => {
  const source = readFileSync(new URL(`../${file}`, import.meta.url));
  const gzipped = gzipSync(source, { level: 9 }).length;
  return { file, what, 'minified KB': round(source.length / KB), 'gzipped KB': round(gzipped / KB), 'budget KB': round(budget / KB), within: gzipped <= budget ? 'yes' : 'NO' };
});
console.table(rows);
const over = rows.filter((row) => row.within === 'NO');
for (const row of over) console.log(`Over budget: ${row.file} is ${row['gzipped KB']} KB gzipped; the budget is ${row['budget KB']} KB.`);
process.exitCode = over.length > 0 ? 1 : 0;

function round(value) {
  return Math.round(value * 10) / 10;
}
