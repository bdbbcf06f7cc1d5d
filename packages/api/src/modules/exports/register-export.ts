import type { QueryRunner } from 'typeorm';
import type { ChpContext } from '../../core/context';
import type { Viewer } from '../../core/viewer';
import { filteredRegister, sortRegister, type ComplaintFilter } from '../complaints';
import { registerColumnsFor } from './register-columns';
import { batches } from './snapshot';
import { cellOf, type TableFile } from './table-file';

/**
 * The register as one file: the complaints the register page lists for `filter`, in its order
 * (the page's own query, complaint.queries.ts), with the columns the viewer's role may read.
 */
export async function registerFile(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
  runner: QueryRunner,
): Promise<TableFile> {
  const columns = registerColumnsFor(viewer.role);
  const q = await sortRegister(ctx, viewer, await filteredRegister(ctx, viewer, filter), filter);
  q.leftJoin(
    'service_area',
    'sa',
    'sa.organisation_id = c.organisation_id AND sa.id = c.service_area_id',
  )
    .leftJoin('person', 'h', 'h.id = c.handler_id')
    .leftJoin('customer', 'cu', 'cu.organisation_id = c.organisation_id AND cu.id = c.customer_id')
    .select(columns.map((col, i) => `${col.sql} AS col${i}`).join(', '));
  const [sql, params] = q.getQueryAndParameters();
  return {
    name: 'register',
    header: columns.map((col) => col.header),
    rows: async function* () {
      for await (const rows of batches(runner, sql, params)) {
        yield rows.map((row) => columns.map((_, i) => cellOf(row[`col${i}`])));
      }
    },
  };
}
