import { defineConfig } from 'vitest/config';
import { domainAlias } from './vite.config';

export default defineConfig({
  resolve: { alias: domainAlias },
  test: { include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'] },
});
