/** The same server as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export const TEMPLATE_DATABASE = 'chp_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection URL of the test PostgreSQL server (any database on it). */
    pgServerUrl: string;
  }
}
