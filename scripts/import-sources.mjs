// Imports a TypeScript module of the workspace from plain Node: esbuild compiles it with what it imports from the
// packages' sources (the "source" condition) into node_modules/.cache, where the import then loads it.
import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cache = fileURLToPath(new URL('../node_modules/.cache/rummelig-sources/', import.meta.url));

/** The module at `entry` (a path), with the packages in `external` (CommonJS ones, say) left to load as they are. */
export async function importSources(entry, { external = [] } = {}) {
  const outfile = join(cache, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    external,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
