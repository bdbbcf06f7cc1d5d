import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Cross-package tests: the built platform as a user runs it. `npm test` builds first.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
