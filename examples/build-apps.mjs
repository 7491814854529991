// Builds the framework examples with esbuild into examples/<app>/dist/app.js, which the example portal serves at
// /react and /vue. Production builds: the frameworks' development checks are left out, and nothing in them needs eval
// under the strict CSP.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScript, compileTemplate, parse } from 'vue/compiler-sfc';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Vue's single-file components, compiled as Vite's Vue plugin does: the script with its template inlined as a render
 * function, TypeScript left for esbuild. The template compiler is told that `rummelig-` tags are custom elements, or
 * it would look for Vue components of those names.
 */
const vueFiles = {
  name: 'vue-single-file-components',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, async ({ path: file }) => {
      const { descriptor, errors } = parse(await readFile(file, 'utf8'), { filename: file });
      if (errors.length > 0) return { errors: errors.map((error) => ({ text: String(error.message ?? error) })) };
      const compilerOptions = { isCustomElement: (tag) => tag.startsWith('rummelig-') };
      const id = basename(file);
      if (!descriptor.script && !descriptor.scriptSetup) {
        // A template alone is a component with a render function and nothing else.
        const { code } = compileTemplate({ source: descriptor.template?.content ?? '', filename: file, id, compilerOptions });
        return { contents: `${code}\nexport default { render };\n`, loader: 'js', resolveDir: dirname(file) };
      }
      const { content } = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: { compilerOptions } });
      return { contents: content, loader: 'ts', resolveDir: dirname(file) };
    });
  },
};

const APPS = [
  { entry: './react/app.tsx', outfile: './react/dist/app.js', options: { jsx: 'automatic' } },
  {
    entry: './vue/app.ts',
    outfile: './vue/dist/app.js',
    // Vue's runtime alone, with no template compiler; the flags its bundler build reads leave out the options API,
    // the devtools and the details of hydration mismatches.
    options: {
      plugins: [vueFiles],
      define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    },
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
