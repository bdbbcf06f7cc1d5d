import type { Readable } from 'node:stream';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { badInput, ruleText } from '../../core/errors';
import { loadImportMapping, type ColumnMapping } from './import-mapping';
import type { ImportKind } from './import-run';
import { importActions } from './action-import.service';
import { UnreadableFile, type ImportFormat } from './import-reader';
import { importComplaints, type ImportMode, type ImportReport } from './import.service';

export interface UploadOptions {
  kind: ImportKind;
  format: ImportFormat;
  fileName: string;
  dryRun: boolean;
  mode: ImportMode;
  createUnknown: boolean;
  /** Null: the organisation's saved mapping. */
  mapping: ColumnMapping | null;
  /** A new run id chosen by the caller, to follow the run's progress while the file uploads. */
  runId?: string;
}

/** An import by the signed-in viewer (GraphQL or POST /imports), with the saved mapping by default. */
export async function importFromUpload(
  ctx: Pick<ChpContext, 'dataSource' | 'viewer' | 'clock'>,
  input: Readable,
  options: UploadOptions,
): Promise<ImportReport> {
  const viewer = requireViewer(ctx as ChpContext);
  const mapping =
    options.mapping ??
    (await loadImportMapping(ctx.dataSource.manager, viewer.organisationId, options.kind));
  const run = options.kind === 'actions' ? importActions : importComplaints;
  try {
    return await run(
      ctx.dataSource,
      { organisationId: viewer.organisationId, personId: viewer.personId, now: ctx.clock() },
      { input, format: options.format },
      {
        dryRun: options.dryRun,
        mode: options.mode,
        createUnknown: options.createUnknown,
        mapping,
        fileName: options.fileName,
        ...(options.runId ? { runId: options.runId } : {}),
      },
    );
  } catch (e) {
    if (e instanceof UnreadableFile)
      throw badInput('content', 'readableFile', ruleText('readableFile'));
    throw e;
  }
}
