// The part of pg-copy-streams the demo loader uses (the package ships no types).
declare module 'pg-copy-streams' {
  import type { Writable } from 'node:stream';
  import type { Submittable } from 'pg';
  /** A COPY ... FROM STDIN stream: pass it to client.query(), write the data, end it. */
  export function from(sql: string): Writable & Submittable & { rowCount?: number };
}
