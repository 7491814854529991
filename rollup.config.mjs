// Builds every package to ESM with bundled type declarations, the rummelig CLI,
// and the self-contained bundle of the web components that a portal loads with one script tag.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const PACKAGES = ['core', 'rules', 'forms'];

// Package builds leave dependencies to the consumer's bundler; only the single-file bundle inlines them.
const isDependency = (id) => /^(@rummelig\/|lit(\/|$)|@lit\/|json-rules-engine$|fastify$|node:)/.test(id);

// The packages' JavaScript carries no comments: the documentation is in the .d.ts files, which editors read, and in
// docs/. Rules keeps its own, because among them are the `@__PURE__` marks that let a bundler drop the rule sets a
// page does not use (TypeScript's removeComments strips those too); the browser bundle's terser drops them after use.
const compile = ({ sourceMap = false, removeComments = false } = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { declaration: false, noEmit: false, noEmitOnError: true, sourceMap, removeComments },
    include: ['packages/*/src/**/*.ts'],
    // The browser tests' helpers import the built bundle, which a build from a clean clone has not made yet.
    exclude: ['**/*.test.ts', '**/*test-helper*.ts'],
  });


// A package's entries in one build, so that a module two of them import is one shared file, loaded once: each entry built
// on its own had its own copy of the rules, so a vendor's process held two of them and the package shipped five.
const entriesBuild = (name, entries) => ({
  input: Object.fromEntries(Object.entries(entries).map(([output, input]) => [output, `packages/${name}/src/${input}.ts`])),
  output: { dir: `packages/${name}/dist`, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
  external: isDependency,
  plugins: [cleanShared(name), json({ preferConst: true }), compile({ removeComments: name !== 'rules' })],
});

// The shared files' names carry a hash of their content, so each build would leave the last one's beside its own, and
// the package would ship them all.
const cleanShared = (name) => ({
  name: 'clean-shared',
  buildStart: () => rm(`packages/${name}/dist/shared`, { recursive: true, force: true }),
});

const typesBuild = (name, input = 'index', output = input) => ({
  input: `packages/${name}/src/${input}.ts`,
  output: { file: `packages/${name}/dist/${output}.d.ts`, format: 'es' },
  external: isDependency,
  plugins: [dts({ tsconfig: './tsconfig.json', compilerOptions: { customConditions: [] } })],
});

// A bundle's types are the entry's (dist/index.d.ts), named from there rather than copied: each copy of the element
// classes would declare the tag names in HTMLElementTagNameMap again, with classes of its own, and TypeScript rejects a
// portal's program that has both (TS2717), as one that imports the bundle and the classes has. The JavaScript of
// the bundle still has its own copy; only its types are shared.
const FORMS_ENTRY = path.resolve('packages/forms/dist/index.js');
const formsEntryTypes = () => ({
  name: 'forms-entry-types',
  resolveId(source, importer) {
    // Every module a define-* file imports of its own is a module the entry exports its classes from.
    if (importer && source.startsWith('.')) return { id: FORMS_ENTRY, external: true };
    return null;
  },
});

const bundleTypes = (input, output) => {
  const build = typesBuild('forms', input, output);
  return {
    ...build,
    // Rollup would write the path from the importer's folder (`../dist/index.js`); the file sits beside the entry's.
    output: { ...build.output, paths: { [FORMS_ENTRY]: './index.js' } },
    plugins: [formsEntryTypes(), ...build.plugins],
  };
};

const browserBundle = (input, output) => ({
  input: `packages/forms/src/${input}.ts`,
  output: { file: `packages/forms/dist/${output}.js`, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'], extensions: ['.ts', '.js', '.json'] }),
    commonjs(),
    json({ preferConst: true, compact: true }),
    compile({ sourceMap: true }),
    // The tests run against these bundles, so they run against the minified templates.
    minifyTemplates(),
    terser({ format: { comments: false }, compress: { passes: 2 }, ecma: 2020, module: true }),
  ],
});

const builds = {
  packages: [
    ...PACKAGES.map((name) => typesBuild(name)),
    entriesBuild('forms', { index: 'index' }),
    // The population is a subpath for tests, benchmarks and vendors' own checks: never in the browser bundle.
    entriesBuild('core', { index: 'index', population: 'population/index' }),
    typesBuild('core', 'population/index', 'population'),
    entriesBuild('rules', {
      index: 'index',
      reference: 'reference',
      // Node only: the HTTP service and the conformance suite, which the command line loads when asked to.
      http: 'http/index',
      conformance: 'conformance/index',
      cli: 'cli/main',
      // What each worker thread of `rummelig … --workers N` runs; cli.js finds it beside itself.
      'cli-worker': 'cli/worker',
    }),
    typesBuild('rules', 'reference'),
    typesBuild('rules', 'http/index', 'http'),
    typesBuild('rules', 'conformance/index', 'conformance'),
  ],
  // The bundle's types name the packages' types, so a portal that installs the packages gets them in its editor.
  // They re-export dist/index.d.ts, which the packages' build writes, so a portal's TypeScript needs both builds.
  bundle: [
    browserBundle('define', 'rummelig-forms'),
    bundleTypes('define', 'rummelig-forms'),
    // The citizen's page needs step 1 only.
    browserBundle('define-opsporing', 'rummelig-opsporing'),
    bundleTypes('define-opsporing', 'rummelig-opsporing'),
    // The check of the compensation schemes, for a page that offers it alone.
    browserBundle('define-hko-check', 'rummelig-hko-check'),
    bundleTypes('define-hko-check', 'rummelig-hko-check'),
  ],
};

// `RUMMELIG_BUILD=bundle rollup -c` rebuilds only the browser bundle while working on the components.
export default builds[process.env.RUMMELIG_BUILD] ?? [...builds.packages, ...builds.bundle];
