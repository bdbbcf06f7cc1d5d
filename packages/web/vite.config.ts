import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dashboard uses the same rules as the API, straight from the domain package's source. */
export const domainAlias = {
  '@chp/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
};

// `npm run dev -w @chp/web` serves the dashboard on :5173 and sends /graphql to the API on :4000.
const api = {
  '/graphql': { target: process.env['CHP_API_URL'] ?? 'http://127.0.0.1:4000', changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: domainAlias },
  server: { host: '127.0.0.1', proxy: api },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: api },
  build: {
    sourcemap: true,
    // @chp/domain and its holiday calendar (date-holidays) in one named chunk, loaded only by the
    // forms that compute dates in the browser; never part of the first download.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'calendar',
              test: /(packages[\\/]domain[\\/]src|node_modules[\\/](date-holidays[a-z-]*|astronomia|caldate|date-bengali-revised|date-chinese|date-easter|jalaali-js|moment|moment-timezone)[\\/])/,
            },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 1600,
  },
});
