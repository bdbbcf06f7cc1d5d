import { Readable } from 'node:stream';
import { importsComplaints, rolesThat } from '@chp/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { isUuid, mutate } from '../../core/mutation';
import { badInput, notFound, ruleText } from '../../core/errors';
import type { Role } from '../../core/role';
import {
  FIELDS_OF,
  columnsOf,
  loadImportMapping,
  mappingOf,
  saveImportMapping,
} from './import-mapping';
import { templateFields } from './import-template';
import { importFromUpload } from './import-upload';
import {
  ImportColumn,
  ImportColumnInput,
  ImportComplaintsInput,
  ImportFieldInfo,
  ImportFileFormat,
  ImportKind,
  ImportReport,
  ImportRun,
} from './import.types';

/** Admin and managers import complaints and keep the column mapping (docs/procedure.md, Importing complaints). */
export const IMPORTERS: readonly Role[] = rolesThat(importsComplaints);

@Resolver()
export class ImportResolver {
  @Authorized(...IMPORTERS)
  @Query(() => [ImportFieldInfo], { description: 'The columns of the import template' })
  importFields(
    @Arg('kind', () => ImportKind, { defaultValue: ImportKind.complaints }) kind: ImportKind,
  ): ImportFieldInfo[] {
    return templateFields(kind);
  }

  @Authorized(...IMPORTERS)
  @Query(() => [ImportColumn], { description: "The organisation's saved column mapping" })
  async importMapping(
    @Arg('kind', () => ImportKind, { defaultValue: ImportKind.complaints }) kind: ImportKind,
    @Ctx() ctx: ChpContext,
  ): Promise<ImportColumn[]> {
    const viewer = requireViewer(ctx);
    return columnsOf(
      await loadImportMapping(ctx.dataSource.manager, viewer.organisationId, kind),
      kind,
    );
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => [ImportColumn], {
    description: 'Saves the column mapping of a kind of file for the next imports',
  })
  async saveImportMapping(
    @Arg('mapping', () => [ImportColumnInput]) mapping: ImportColumnInput[],
    @Arg('kind', () => ImportKind, { defaultValue: ImportKind.complaints }) kind: ImportKind,
    @Ctx() ctx: ChpContext,
  ): Promise<ImportColumn[]> {
    assertFieldsOf(kind, mapping);
    return columnsOf(
      await mutate(ctx, 'saveImportMapping', (tx) =>
        saveImportMapping(tx, mappingOf(mapping, kind), kind),
      ),
      kind,
    );
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => ImportReport, {
    description:
      'Checks (dryRun) or imports complaints with their journey, or improvement actions (kind), from a CSV text or a base64 .xlsx; large files go to POST /imports',
  })
  async importComplaints(
    @Arg('input', () => ImportComplaintsInput) input: ImportComplaintsInput,
    @Ctx() ctx: ChpContext,
  ): Promise<ImportReport> {
    if (input.mapping) assertFieldsOf(input.kind, input.mapping);
    const body =
      input.format === ImportFileFormat.xlsx
        ? Buffer.from(input.content, 'base64')
        : Buffer.from(input.content, 'utf8');
    return (await importFromUpload(ctx, Readable.from([body]), {
      kind: input.kind,
      format: input.format,
      fileName: input.fileName ?? '',
      dryRun: input.dryRun,
      mode: input.mode,
      createUnknown: input.createUnknown,
      mapping: input.mapping ? mappingOf(input.mapping, input.kind) : null,
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
        kind: ImportKind;
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
      `SELECT id, kind, file_name, dry_run, status, rows_read, rows_imported, started_at, finished_at, report
         FROM import_run WHERE organisation_id = $1 AND id = $2`,
      [viewer.organisationId, id],
    );
    if (!row) throw notFound('ImportRun');
    return {
      id: row.id,
      kind: row.kind,
      fileName: row.file_name,
      dryRun: row.dry_run,
      status: row.status,
      rowsRead: row.rows_read,
      rowsImported: row.rows_imported,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      // runs stored before corrected files were applied have no updates
      report:
        row.report &&
        Object.assign(
          { rowsUpdated: 0, updates: [], kind: row.kind, unknownPeople: [] },
          row.report,
        ),
    };
  }
}

/** Each field of a mapping is one of the kind's template fields (BAD_USER_INPUT otherwise). */
function assertFieldsOf(kind: ImportKind, mapping: readonly { field: string }[]): void {
  if (new Set(mapping.map((c) => c.field)).size !== mapping.length)
    throw badInput('mapping', 'arrayUnique', ruleText('arrayUnique'));
  if (mapping.some((c) => !FIELDS_OF[kind].includes(c.field)))
    throw badInput('mapping', 'isIn', ruleText('isIn'));
}
