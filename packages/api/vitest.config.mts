import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: tests that import graphql directly must get the same CJS copy
  // that type-graphql and Apollo load (CONTRIBUTING.md, Pitfalls: two graphql copies under Vitest).
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // its ESM build imports 'graphql/index.mjs', a second graphql: use its CJS build like production does
      {
        find: /^graphql-query-complexity$/,
        replacement: require.resolve('graphql-query-complexity'),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'], // type-graphql and TypeORM decorators need it loaded first
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
