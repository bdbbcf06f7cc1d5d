import { Readable } from 'node:stream';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_HINTS,
  REQUIRED_IMPORT_FIELDS,
  importsComplaints,
  rolesThat,
} from '@chp/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { isUuid, mutate } from '../../core/mutation';
import { badInput, notFound, ruleText } from '../../core/errors';
import type { Role } from '../../core/role';
import { columnsOf, loadImportMapping, mappingOf, saveImportMapping } from './import-mapping';
import { importFromUpload } from './import-upload';
import {
  ImportColumn,
  ImportColumnInput,
  ImportComplaintsInput,
  ImportFieldInfo,
  ImportFileFormat,
  ImportReport,
  ImportRun,
} from './import.types';

/** Admin and managers import complaints and keep the column mapping (docs/procedure.md, Importing complaints). */
export const IMPORTERS: readonly Role[] = rolesThat(importsComplaints);

@Resolver()
export class ImportResolver {
  @Authorized(...IMPORTERS)
  @Query(() => [ImportFieldInfo], { description: 'The columns of the import template' })
  importFields(): ImportFieldInfo[] {
    return IMPORT_FIELDS.map((field) => ({
      field,
      hint: IMPORT_FIELD_HINTS[field],
      required: REQUIRED_IMPORT_FIELDS.includes(field),
    }));
  }

  @Authorized(...IMPORTERS)
  @Query(() => [ImportColumn], { description: "The organisation's saved column mapping" })
  async importMapping(@Ctx() ctx: ChpContext): Promise<ImportColumn[]> {
    const viewer = requireViewer(ctx);
    return columnsOf(await loadImportMapping(ctx.dataSource.manager, viewer.organisationId));
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => [ImportColumn], { description: 'Saves the column mapping for the next imports' })
  async saveImportMapping(
    @Arg('mapping', () => [ImportColumnInput]) mapping: ImportColumnInput[],
    @Ctx() ctx: ChpContext,
  ): Promise<ImportColumn[]> {
    if (new Set(mapping.map((c) => c.field)).size !== mapping.length)
      throw badInput('mapping', 'arrayUnique', ruleText('arrayUnique'));
    return columnsOf(
      await mutate(ctx, 'saveImportMapping', (tx) => saveImportMapping(tx, mappingOf(mapping))),
    );
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => ImportReport, {
    description:
      'Checks (dryRun) or imports complaints with their journey from a CSV text or a base64 .xlsx; large files go to POST /imports',
  })
  async importComplaints(
    @Arg('input', () => ImportComplaintsInput) input: ImportComplaintsInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ImportReport> {
    const body =
      input.format === ImportFileFormat.xlsx
        ? Buffer.from(input.content, 'base64')
        : Buffer.from(input.content, 'utf8');
    return (await importFromUpload(ctx, Readable.from([body]), {
      format: input.format,
      fileName: input.fileName ?? '',
      dryRun: input.dryRun,
      mode: input.mode,
      createUnknown: input.createUnknown,
      mapping: input.mapping ? mappingOf(input.mapping) : null,
    })) as ImportReport;
  }

  @Authorized(...IMPORTERS)
  @Query(() => ImportRun, {
    nullable: true,
    description: 'An import of your organisation, for its progress',
  })
  async importRun(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: ChpContext,
  ): Promise<ImportRun | null> {
    const viewer = requireViewer(ctx);
    if (!isUuid(id)) throw notFound('ImportRun');
    const [row] = await ctx.dataSource.query<
      {
        id: string;
        file_name: string;
        dry_run: boolean;
        status: string;
        rows_read: number;
        rows_imported: number;
        started_at: Date;
        finished_at: Date | null;
        report: ImportReport | null;
      }[]
    >(
      `SELECT id, file_name, dry_run, status, rows_read, rows_imported, started_at, finished_at, report
         FROM import_run WHERE organisation_id = $1 AND id = $2`,
      [viewer.organisationId, id],
    );
    if (!row) throw notFound('ImportRun');
    return {
      id: row.id,
      fileName: row.file_name,
      dryRun: row.dry_run,
      status: row.status,
      rowsRead: row.rows_read,
      rowsImported: row.rows_imported,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      // runs stored before corrected files were applied have no updates
      report: row.report && Object.assign({ rowsUpdated: 0, updates: [] }, row.report),
    };
  }
}
