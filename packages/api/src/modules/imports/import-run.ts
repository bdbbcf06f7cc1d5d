import type { DataSource, EntityManager } from 'typeorm';
import { UnreadableFile } from './import-reader';
import type { ImportStamp } from './import-writer';

/** What a file holds: complaints with their journeys, or improvement actions. */
export type ImportKind = 'complaints' | 'actions';

/** Who runs the import and when (the request's viewer and clock, or the command line's). */
export interface ImportActor {
  organisationId: string;
  personId: string | null;
  now: Date;
}

export interface RunOptions {
  kind: ImportKind;
  dryRun: boolean;
  mode: 'all_or_nothing' | 'valid_rows';
  createUnknown: boolean;
  fileName?: string;
  /** The run's id chosen by the caller (the dashboard polls `importRun` with it while the file uploads). */
  runId?: string;
}

/** The figures of a report the run row keeps. */
export interface RunFigures {
  dryRun: boolean;
  status: 'finished' | 'refused';
  rowsRead: number;
  rowsImported: number;
  rowsUnchanged: number;
  rowsRefused: number;
}

class Rollback extends Error {}

/**
 * One import run, whatever the file holds: its import_run row (progress written outside the
 * transaction, so that others see it while it runs), one transaction for the rows, rolled back
 * for a dry run or a refused all-or-nothing import; a file that cannot be read leaves nothing
 * behind, a failure leaves the run marked failed.
 */
export async function runImport<R extends RunFigures>(
  dataSource: DataSource,
  actor: ImportActor,
  options: RunOptions,
  onProgress: (rowsRead: number) => void | Promise<void>,
  body: (
    em: EntityManager,
    stamp: ImportStamp,
    progress: (rowsRead: number) => Promise<void>,
  ) => Promise<R>,
): Promise<R> {
  const [run] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO import_run (id, organisation_id, started_by_id, file_name, dry_run, mode, create_unknown, status, started_at, kind)
     VALUES (COALESCE($8::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6, 'running', $7, $9) RETURNING id`,
    [
      actor.organisationId,
      actor.personId,
      (options.fileName ?? '').slice(0, 200),
      options.dryRun,
      options.mode,
      options.createUnknown,
      actor.now,
      options.runId ?? null,
      options.kind,
    ],
  );
  const runId = run!.id;
  let report: R | null = null;
  try {
    await dataSource
      .transaction(async (em) => {
        const progress = async (rowsRead: number) => {
          await dataSource.query(
            `UPDATE import_run SET rows_read = $3 WHERE organisation_id = $1 AND id = $2`,
            [actor.organisationId, runId, rowsRead],
          );
          await onProgress(rowsRead);
        };
        report = await body(em, { ...actor, runId }, progress);
        if (report.dryRun || report.status === 'refused') throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
  } catch (e) {
    // a file that cannot be read is refused input: it leaves nothing behind
    await dataSource.query(
      e instanceof UnreadableFile
        ? `DELETE FROM import_run WHERE organisation_id = $1 AND id = $2`
        : `UPDATE import_run SET status = 'failed', finished_at = now() WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, runId],
    );
    throw e;
  }
  const r = report as unknown as R;
  await dataSource.query(
    `UPDATE import_run SET status = $3, rows_read = $4, rows_imported = $5, rows_unchanged = $6, rows_refused = $7,
            report = $8, finished_at = now() WHERE organisation_id = $1 AND id = $2`,
    [
      actor.organisationId,
      runId,
      r.status,
      r.rowsRead,
      r.rowsImported,
      r.rowsUnchanged,
      r.rowsRefused,
      JSON.stringify(r),
    ],
  );
  return r;
}
