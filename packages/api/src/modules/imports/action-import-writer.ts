import { randomUUID } from 'node:crypto';
import { instantOf, type ImportedAction } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { boundAuditChanges } from '../../core/audit-payload';
import type { ImportLookups } from './import-lookups';
import { insertRows, type ImportStamp } from './import-writer';

/** An action a file imported before, as its source reference finds it. */
export interface StoredAction {
  sourceReference: string;
  id: string;
  version: number;
  importedVersion: number | null;
  fingerprint: string;
}

interface Row {
  rowNumber: number;
  action: ImportedAction;
  fingerprint: string;
}

/** The action's stored columns from a checked row (the template field each comes from is in FIELD_OF_COLUMN). */
function columnsOf(a: ImportedAction, lookups: ImportLookups) {
  const r = a.record;
  return {
    title: a.title,
    description: a.description,
    // a service area still to be created (a dry run of a confirmed import) is named, not found
    service_area_id: lookups.isKnownServiceArea(a.serviceArea)
      ? lookups.serviceAreaId(a.serviceArea)
      : a.serviceArea,
    owner_id: lookups.ownerId(a.owner),
    target_date: r.targetDate,
    status: r.status,
    authorised_on: r.authorisedOn ?? null,
    completed_on: r.completedOn ?? null,
    completion_evidence: r.completionEvidence ?? null,
    monitoring_until: r.monitoringUntil ?? null,
    learning_shared: r.learningShared ?? null,
    effectiveness: r.effectiveness ?? null,
    effectiveness_note: r.effectivenessNote ?? null,
    verified_on: r.verifiedOn ?? null,
    cancelled_reason: r.cancelledReason ?? null,
    public_summary: a.publicSummary,
    // the day it was raised (at noon, London time, as imported dates without a time)
    created_at: new Date(instantOf({ date: a.raisedOn, time: null })).toISOString(),
  };
}
type Columns = ReturnType<typeof columnsOf>;

const FIELD_OF_COLUMN: Record<keyof Columns, string> = {
  title: 'title',
  description: 'description',
  service_area_id: 'service_area',
  owner_id: 'owner',
  target_date: 'target_date',
  status: 'status',
  authorised_on: 'authorised_on',
  completed_on: 'completed_on',
  completion_evidence: 'completion_evidence',
  monitoring_until: 'monitoring_until',
  learning_shared: 'learning_shared',
  effectiveness: 'effectiveness',
  effectiveness_note: 'effectiveness_note',
  verified_on: 'verified_on',
  cancelled_reason: 'cancelled_reason',
  public_summary: 'public_summary',
  created_at: 'raised_on',
};

const rootCauseIds = (a: ImportedAction, lookups: ImportLookups) =>
  [...new Set(a.rootCauses.map((n) => lookups.rootCauseId(n)))].sort();

/**
 * Writes new actions: the action (marked with its source reference, version 1 as imported),
 * its root causes, its progress note (recorded now, as the owner's) and one audit entry each.
 * No "awaits authorisation" message is written: the reminder run finds imported actions as it
 * finds any (docs/procedure.md, Importing improvement actions).
 */
export async function writeActions(
  em: EntityManager,
  stamp: ImportStamp,
  lookups: ImportLookups,
  rows: Row[],
): Promise<void> {
  const { organisationId, personId, now } = stamp;
  const actions: Record<string, unknown>[] = [];
  const causes: Record<string, unknown>[] = [];
  const progress: Record<string, unknown>[] = [];
  const audits: Record<string, unknown>[] = [];
  for (const { action: a, fingerprint } of rows) {
    const id = randomUUID();
    const columns = columnsOf(a, lookups);
    actions.push({
      organisation_id: organisationId,
      id,
      ...columns,
      proposed_by_id: null,
      authorised_by_id: null,
      version: 1,
      updated_at: now,
      source_reference: a.sourceReference,
      import_fingerprint: fingerprint,
      imported_version: 1,
    });
    for (const rootCauseId of rootCauseIds(a, lookups))
      causes.push({ organisation_id: organisationId, action_id: id, root_cause_id: rootCauseId });
    if (a.progressNote)
      progress.push({
        organisation_id: organisationId,
        id: randomUUID(),
        action_id: id,
        author_id: columns.owner_id,
        note: a.progressNote,
        recorded_at: now,
      });
    audits.push({
      organisation_id: organisationId,
      at: now,
      actor_id: personId,
      operation: 'importActions',
      entity: 'improvement_action',
      entity_id: id,
      changes: {
        step: 'imported',
        sourceReference: a.sourceReference,
        importRunId: stamp.runId,
        status: columns.status,
        ownerId: columns.owner_id,
        targetDate: columns.target_date,
      },
    });
  }
  await insertRows(em, 'improvement_action', actions);
  await insertRows(em, 'improvement_action_root_cause', causes);
  await insertRows(em, 'improvement_action_progress', progress);
  await insertRows(em, 'audit_log', audits);
}

/**
 * The columns a corrected row changes on an action the file imported before (none: only the
 * way the file wrote them changed). With `write`, corrects them: the action's new values and a
 * new version (which the import records as its own), its root causes replaced, and one audit
 * entry with each field's before and after and the file and row it came from.
 */
export async function correctAction(
  em: EntityManager,
  stamp: ImportStamp & { fileName: string },
  lookups: ImportLookups,
  before: StoredAction,
  row: Row,
  write: boolean,
): Promise<string[]> {
  const { organisationId } = stamp;
  const [stored] = await em.query<Record<string, unknown>[]>(
    `SELECT title, description, service_area_id, owner_id, target_date::text, status, authorised_on::text,
            completed_on::text, completion_evidence, monitoring_until::text, learning_shared, effectiveness,
            effectiveness_note, verified_on::text, cancelled_reason, public_summary, created_at,
            array(SELECT root_cause_id::text FROM improvement_action_root_cause l
                   WHERE l.organisation_id = a.organisation_id AND l.action_id = a.id ORDER BY 1) AS root_causes
       FROM improvement_action a WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
    [organisationId, before.id],
  );
  const after = columnsOf(row.action, lookups);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const set: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(after) as [keyof Columns, unknown][]) {
    const was = column === 'created_at' ? (stored![column] as Date).toISOString() : stored![column];
    if (was === value) continue;
    changes[FIELD_OF_COLUMN[column]] = { before: was, after: value };
    set[column] = value;
  }
  const causesAfter =
    write || row.action.rootCauses.every(lookups.isKnownRootCause)
      ? rootCauseIds(row.action, lookups)
      : null; // a dry run of a file naming causes to create: they differ
  const causesBefore = stored!['root_causes'] as string[];
  if (causesAfter === null || causesAfter.join() !== causesBefore.join())
    changes['root_causes'] = { before: causesBefore, after: causesAfter ?? row.action.rootCauses };
  const fields = Object.keys(changes);
  if (!write) return fields;

  const version = before.version + (fields.length > 0 ? 1 : 0);
  const assignments = Object.keys(set).map((c, i) => `${c} = $${i + 6}`);
  await em.query(
    `UPDATE improvement_action SET ${[...assignments, 'version = $3', 'imported_version = $3', 'import_fingerprint = $4', 'updated_at = $5'].join(', ')}
      WHERE organisation_id = $1 AND id = $2`,
    [organisationId, before.id, version, row.fingerprint, stamp.now, ...Object.values(set)],
  );
  if (fields.length === 0) return fields;
  if ('root_causes' in changes) {
    await em.query(
      `DELETE FROM improvement_action_root_cause WHERE organisation_id = $1 AND action_id = $2`,
      [organisationId, before.id],
    );
    await insertRows(
      em,
      'improvement_action_root_cause',
      rootCauseIds(row.action, lookups).map((rootCauseId) => ({
        organisation_id: organisationId,
        action_id: before.id,
        root_cause_id: rootCauseId,
      })),
    );
  }
  await em.query(
    `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      organisationId,
      stamp.now,
      stamp.personId,
      'importActions',
      'improvement_action',
      before.id,
      JSON.stringify(
        boundAuditChanges({
          step: 'corrected',
          reason: `Corrected by the import of ${stamp.fileName || 'a file'} (row ${row.rowNumber})`,
          changes,
          sourceReference: row.action.sourceReference,
          importRunId: stamp.runId,
        }),
      ),
    ],
  );
  return fields;
}
