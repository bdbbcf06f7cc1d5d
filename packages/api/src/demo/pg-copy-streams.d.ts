// The part of pg-copy-streams the demo loader and the backups use (the package ships no types).
declare module 'pg-copy-streams' {
  import type { Readable, Writable } from 'node:stream';
  import type { Submittable } from 'pg';
  /** A COPY ... FROM STDIN stream: pass it to client.query(), write the data, end it. */
  export function from(sql: string): Writable & Submittable & { rowCount?: number };
  /** A COPY ... TO STDOUT stream: pass it to client.query(), read the data. */
  export function to(sql: string): Readable & Submittable;
}
