import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dashboard uses the same rules as the API, straight from the domain package's source. */
export const domainAlias = {
  '@chp/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
};

// `npm run dev -w @chp/web` serves the dashboard on :5173 and sends /graphql (and the calendar
// feeds) to the API on :4000.
const target = process.env['CHP_API_URL'] ?? 'http://127.0.0.1:4000';
const api = {
  '/graphql': { target, changeOrigin: true },
  '/calendar': { target, changeOrigin: true },
  '/exports': { target, changeOrigin: true },
  // letters as sent: HTML and Word downloads
  '/letters': { target, changeOrigin: true },
  // board packs as HTML and Word (the dashboard's own /board-packs pages stay here)
  '^/board-packs/[^/]+/board-pack\\.(html|docx)$': { target, changeOrigin: true },
  // sign-in through the organisation's directory: redirects, kept on this address
  '/auth/oidc': { target },
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: domainAlias },
  server: { host: '127.0.0.1', proxy: api },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: api },
  build: {
    // No source maps in the build: the server would hand the dashboard's source to anyone.
    sourcemap: false,
    // The Scottish holiday calendar (@chp/domain's scottishBankHolidays and date-holidays) in one
    // named chunk, loaded only by the pages that compute working days in the browser; never part
    // of the first download. The rest of @chp/domain (roles, periods, messages, CSV) is small and
    // goes wherever it is used.
    rolldownOptions: {
      // @chp/domain's modules do nothing when loaded but define things: a page that imports one
      // name from its index gets that module and what it imports, not the whole domain (and so
      // not the holiday calendar).
      treeshake: {
        moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'calendar',
              priority: 2,
              test: /(node_modules[\\/](date-holidays[a-z-]*|astronomia|caldate|date-bengali-revised|date-chinese|date-easter|jalaali-js|moment|moment-timezone)[\\/])/,
            },
            // What the dashboard needs before any page (React, Apollo, the router, sign-in, the
            // layout) in one file rather than ten: on a slow connection each file is a round trip.
            { name: 'app', tags: ['$initial'], priority: 1 },
            // Code two or more pages share (labels, queries, formatting) in one file, so a page
            // loads its own chunk and this one rather than a dozen files of 1-3 KB.
            { name: 'pages', test: /packages[\\/]web[\\/]src[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 1600,
  },
});
