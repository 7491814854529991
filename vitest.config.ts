import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `source` export condition), so tests never
  // run against a stale build. Node tests resolve as Vite's server side, whose conditions are set apart;
  // the others listed are Vite's defaults for it.
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'examples/**/*.test.ts', 'docs/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    // The example portal's end-to-end test starts Chromium, which takes seconds on a two-core machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
