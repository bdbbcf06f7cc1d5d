import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { administers, readsComplaints, type Role } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { badInput, forbidden, notFound, ruleText, unauthenticated } from '../../core/errors';
import type { Viewer } from '../../core/viewer';
import { organisationFiles, readme } from './organisation-export';
import { registerFile } from './register-export';
import { registerFilterFrom } from './register-filter';
import { customerFiles, staffFiles } from './subject-access';
import { inSnapshot } from './snapshot';
import { csvStream, writeXlsx, type TableFile } from './table-file';
import { writeZip } from './zip-file';

export type ExportFormat = 'csv' | 'xlsx' | 'zip';

/** What a download is, told before its first byte so the response's headers can be set. */
export interface DownloadHead {
  fileName: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

function signedIn(ctx: ChpContext, may: (role: Role) => boolean): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  if (!may(ctx.viewer.role)) throw forbidden();
  return ctx.viewer;
}

/** An export in the audit log: who and when, and what was asked for; never the rows. */
async function audit(
  ctx: ChpContext,
  viewer: Viewer,
  operation: string,
  entity: string,
  entityId: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await ctx.dataSource.query(
    `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [viewer.organisationId, ctx.clock(), viewer.personId, operation, entity, entityId, changes],
  );
}

async function send(
  files: TableFile[],
  format: ExportFormat,
  head: DownloadHead,
  readmeText: string,
  start: (head: DownloadHead) => Writable,
): Promise<void> {
  const out = start(head);
  if (format === 'xlsx') return writeXlsx(out, files);
  if (format === 'zip') return writeZip(out, files, readmeText);
  return pipeline(csvStream(files[0]!), out);
}

/**
 * The register as CSV or XLSX: the complaints the register page lists for the same filter, in
 * its order, with the columns the viewer's role may read (docs/api.md, Downloads).
 */
export async function exportRegister(
  ctx: ChpContext,
  query: Record<string, unknown>,
  format: 'csv' | 'xlsx',
  start: (head: DownloadHead) => Writable,
): Promise<void> {
  const viewer = signedIn(ctx, readsComplaints);
  const filter = await registerFilterFrom(query);
  await inSnapshot(ctx.dataSource, async (runner) => {
    const file = await registerFile(ctx, viewer, filter, runner);
    await audit(ctx, viewer, 'exportRegister', 'organisation', viewer.organisationId, {
      format,
      filters: Object.keys(filter).sort(),
    });
    await send(
      [file],
      format,
      { fileName: `complaints-${ctx.today}.${format}`, contentType: CONTENT_TYPES[format] },
      '',
      start,
    );
  });
}

/**
 * Every table of the administrator's organisation, its rows only and no secrets, as a zip of
 * CSVs or one XLSX (docs/procedure.md, Exports).
 */
export async function exportOrganisation(
  ctx: ChpContext,
  format: 'zip' | 'xlsx',
  start: (head: DownloadHead) => Writable,
): Promise<void> {
  const viewer = signedIn(ctx, administers);
  await inSnapshot(ctx.dataSource, async (runner) => {
    const files = await organisationFiles(runner, viewer.organisationId);
    await audit(ctx, viewer, 'exportOrganisation', 'organisation', viewer.organisationId, {
      format,
    });
    await send(
      files,
      format,
      { fileName: `organisation-${ctx.today}.${format}`, contentType: CONTENT_TYPES[format] },
      readme(
        `Everything the organisation holds in CHP Insight, as of ${ctx.clock().toISOString()}.`,
        files,
        [
          'Password hashes, session and link tokens, calendar feed tokens and the directory',
          'client secret are never exported; computed tables (indicators, the search index, the',
          'working-day calendar) are left out: they are rebuilt from these files.',
        ],
      ),
      start,
    );
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything held about one customer (`customerId`) or member of staff (`personId`), as a zip of
 * CSVs, for a subject access request (UK GDPR Article 15; docs/procedure.md, Exports).
 */
export async function exportSubjectAccess(
  ctx: ChpContext,
  subject: { customerId?: unknown; personId?: unknown },
  start: (head: DownloadHead) => Writable,
): Promise<void> {
  const viewer = signedIn(ctx, administers);
  const [field, id] =
    subject.customerId !== undefined
      ? (['customerId', subject.customerId] as const)
      : (['personId', subject.personId] as const);
  if (typeof id !== 'string' || !UUID.test(id) || (subject.customerId && subject.personId))
    throw badInput(field, 'isUuid', ruleText('isUuid', '(give one customerId or one personId)'));
  await inSnapshot(ctx.dataSource, async (runner) => {
    const files =
      field === 'customerId'
        ? await customerFiles(runner, viewer.organisationId, id)
        : await staffFiles(runner, viewer.organisationId, id);
    if (!files) throw notFound(field === 'customerId' ? 'Customer' : 'Person');
    const entity = field === 'customerId' ? 'customer' : 'person';
    await audit(ctx, viewer, 'exportSubjectAccess', entity, id, {});
    await send(
      files,
      'zip',
      { fileName: `subject-access-${entity}-${ctx.today}.zip`, contentType: CONTENT_TYPES.zip },
      readme(
        `Everything CHP Insight holds about one ${entity === 'customer' ? 'customer' : 'member of staff'}, as of ${ctx.clock().toISOString()}.`,
        files,
        [
          'Review before disclosure: other people named in these records (UK GDPR Article 15(4))',
          'may need to be redacted (docs/procedure.md, Exports).',
        ],
      ),
      start,
    );
  });
}
