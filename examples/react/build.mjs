// Builds the React example with esbuild into examples/react/dist/app.js, which the example portal serves at /react.
// A production build: React's development checks are left out, and nothing in it needs eval under the strict CSP.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('./app.tsx', import.meta.url))],
  outfile: fileURLToPath(new URL('./dist/app.js', import.meta.url)),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
