// Builds the framework examples with esbuild into examples/<app>/dist/app.js, which the example portal serves at
// /react and /vue. Production builds: the frameworks' development checks are left out, and nothing in them needs eval
// under the strict CSP.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

const APPS = [
  { entry: './react/app.tsx', outfile: './react/dist/app.js', options: { jsx: 'automatic' } },
  {
    entry: './vue/app.ts',
    outfile: './vue/dist/app.js',
    // Vue's runtime alone, with no template compiler; the flags its bundler build reads leave out the options API,
    // the devtools and the details of hydration mismatches.
    options: { define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' } },
  },
];

await Promise.all(
  APPS.map(({ entry, outfile, options: { define = {}, ...options } }) =>
    build({
      entryPoints: [path(entry)],
      outfile: path(outfile),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      define: { 'process.env.NODE_ENV': '"production"', ...define },
      logLevel: 'warning',
      ...options,
    }),
  ),
);
