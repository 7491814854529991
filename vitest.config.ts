import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Workspace packages resolve to their TypeScript sources (the `source` export condition), so tests need no build.
    conditions: ['source'],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    // The example portal's end-to-end test starts Chromium, which takes seconds on a two-core machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
