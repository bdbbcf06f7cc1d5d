import type { ImportedComplaint } from '@chp/domain';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { boundAuditChanges } from '../../core/audit-payload';
import type { Tx } from '../../core/mutation';
import { Channel, ComplaintCorrectionInput, correctComplaint } from '../complaints';
import type { ImportLookups } from './import-lookups';
import type { ImportStamp } from './import-writer';

/** A corrected detail's field as the complaint page names it → the import's column. */
const IMPORT_FIELD_OF: Record<string, string> = {
  serviceAreaId: 'service_area',
  category: 'category',
  channel: 'channel',
  summary: 'summary',
  outcomeSought: 'outcome_sought',
  awareOn: 'aware_on',
  handlerId: 'handler',
  'customer.name': 'customer_name',
  'customer.email': 'customer_email',
  'customer.phone': 'customer_phone',
};

export type CorrectionResult =
  | { kind: 'corrected'; fields: string[] }
  | { kind: 'unchanged' }
  | { kind: 'refused'; field: string; code: string; message: string };

/** The file's correctable details as a correction of the complaint (docs/procedure.md, Importing complaints). */
function correctionOf(c: ImportedComplaint, lookups: ImportLookups): ComplaintCorrectionInput {
  const input = new ComplaintCorrectionInput();
  input.serviceAreaId = lookups.serviceAreaId(c.serviceArea);
  input.category = c.category;
  input.channel = c.channel as Channel;
  input.summary = c.summary;
  input.outcomeSought = c.outcomeSought;
  input.awareOn = c.awareOn;
  // a handler left blank keeps the one assigned (handlers are assigned on the complaint page too)
  if (c.handler) input.handlerId = lookups.personId(c.handler);
  if (c.customer) input.customer = { ...c.customer };
  return input;
}

/**
 * Corrects an imported complaint's details from a corrected file, exactly as a manager's
 * correction on the complaint page does (correctComplaint: a `corrected` journey step with every
 * field's before and after, the projection recomputed, audited), inside a savepoint so that a
 * refused correction leaves the rest of the import alone. Importers are managers
 * (importsComplaints), so the correction runs with a manager's rights.
 */
export async function correctFromFile(
  em: EntityManager,
  stamp: ImportStamp & { fileName: string },
  lookups: ImportLookups,
  complaintId: string,
  version: number,
  c: ImportedComplaint,
  rowNumber: number,
): Promise<CorrectionResult> {
  const { organisationId, now } = stamp;
  const tx: Tx = {
    em,
    viewer: {
      personId: stamp.personId as string,
      name: 'import',
      organisationId,
      role: 'manager',
      organisationIds: [organisationId],
      figureOrganisationIds: [organisationId],
      platformAdmin: false,
    },
    now,
    audit: async ({ entity, entityId, changes = {} }) => {
      await em.query(
        `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          organisationId,
          now,
          stamp.personId,
          'importComplaints',
          entity,
          entityId,
          JSON.stringify(
            boundAuditChanges({
              ...changes,
              sourceReference: c.sourceReference,
              importRunId: stamp.runId,
            }),
          ),
        ],
      );
    },
    auditRow: () => {
      throw new Error('correctFromFile: corrections write their audit rows with tx.audit');
    },
  };
  await em.query(`SAVEPOINT import_correction`);
  try {
    await correctComplaint(tx, {
      id: complaintId,
      version,
      input: correctionOf(c, lookups),
      reason: `Corrected by the import of ${stamp.fileName || 'a file'} (row ${rowNumber})`,
    });
    await em.query(`RELEASE SAVEPOINT import_correction`);
    // the fields the corrected step holds (correctComplaint compares with the complaint as it stands)
    const [step] = await em.query<{ fields: string[] }[]>(
      `SELECT array(SELECT jsonb_array_elements(payload->'changes')->>'field') AS fields
         FROM complaint_event WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY sequence DESC LIMIT 1`,
      [organisationId, complaintId],
    );
    return { kind: 'corrected', fields: (step?.fields ?? []).map((f) => IMPORT_FIELD_OF[f] ?? f) };
  } catch (e) {
    await em.query(`ROLLBACK TO SAVEPOINT import_correction`);
    if (!(e instanceof GraphQLError)) throw e;
    const ext = e.extensions as { field?: string; rule?: string; code?: string };
    if (ext.rule === 'CORRECTION_CHANGES_NOTHING') return { kind: 'unchanged' };
    return {
      kind: 'refused',
      field: IMPORT_FIELD_OF[ext.field ?? ''] ?? 'source_reference',
      code: ext.rule ?? String(ext.code),
      message: e.message,
    };
  }
}
