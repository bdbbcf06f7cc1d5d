import { randomUUID } from 'node:crypto';
import {
  formatComplaintReference,
  localDate,
  type ImportedComplaint,
  type ImportStep,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import {
  REFERENCE_NUMBER_SQL,
  REFERENCE_YEAR_SQL,
  closurePayload,
  domainPayload,
  escalationPayload,
  fromDomainEvent,
  pointsAgreedPayload,
  projection,
  spsoDecisionPayload,
  type Payload,
} from '../complaints';
import type { ImportLookups } from './import-lookups';

/** Who imports, when, and in which run: stamped on every row written. */
export interface ImportStamp {
  organisationId: string;
  personId: string | null;
  now: Date;
  runId: string;
}

export interface CheckedRow {
  complaint: ImportedComplaint;
  fingerprint: string;
  /** The fingerprint as imports before the two-part one stored it. */
  wholeRowFingerprint?: string;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `INSERT INTO table (columns) SELECT columns FROM jsonb_populate_recordset(...)`: one statement per batch. */
export async function insertRows(
  em: EntityManager,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).join(', ');
  await em.query(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(null::${table}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

/** How many reference numbers an import reserves from the counter at a time. */
const RESERVED_AT_ONCE = 1000;

/**
 * The next complaint reference per year of receipt, from the same counter row recording uses
 * (table reference_counter): numbers are reserved a block at a time, which locks the row until
 * the import's transaction ends, so a recording of that organisation and year waits and never
 * takes a number the import holds. `giveBack` returns the unused end of each block before commit.
 */
export class ReferenceNumbers {
  private blocks = new Map<string, { next: number; last: number }>();
  constructor(
    private readonly em: EntityManager,
    private readonly organisationId: string,
  ) {}
  async take(year: string): Promise<string> {
    let block = this.blocks.get(year);
    if (!block || block.next > block.last) {
      const [row] = await this.em.query<{ last_number: number }[]>(
        `INSERT INTO reference_counter AS c (organisation_id, year, last_number) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = c.last_number + $3
         RETURNING last_number`,
        [this.organisationId, Number(year), RESERVED_AT_ONCE],
      );
      const last = Number(row!.last_number);
      block = { next: last - RESERVED_AT_ONCE + 1, last };
      this.blocks.set(year, block);
    }
    const n = block.next++;
    return formatComplaintReference(Number(year), n);
  }
  /** Returns the reserved numbers not used (the row is still locked by this transaction). */
  async giveBack(): Promise<void> {
    for (const [year, block] of this.blocks) {
      if (block.next > block.last) continue;
      await this.em.query(
        `UPDATE reference_counter SET last_number = greatest($3::int,
           (SELECT coalesce(max(substring(reference FROM $4)::int), 0) FROM complaint
             WHERE organisation_id = $1 AND substring(reference FROM $5) = $2::text))
         WHERE organisation_id = $1 AND year = $2`,
        [
          this.organisationId,
          Number(year),
          block.next - 1,
          REFERENCE_NUMBER_SQL,
          REFERENCE_YEAR_SQL,
        ],
      );
      block.last = block.next - 1;
    }
  }
}

/** The stored row of one imported step: the payload the forms store, marked `imported`. */
function stepRow(step: ImportStep): {
  type: string;
  at: string;
  stage: number | null;
  payload: Payload;
} {
  const imported = { imported: true };
  switch (step.kind) {
    case 'received': {
      const row = fromDomainEvent(step.event);
      return {
        type: row.type,
        at: step.event.at,
        stage: row.stage,
        payload: { ...row.payload, contactType: 'complaint', ...imported },
      };
    }
    case 'extended':
      return {
        type: 'extended',
        at: step.event.at,
        stage: step.event.stage,
        payload: domainPayload(step.event, { reason: step.reason, ...imported }),
      };
    case 'escalated':
      return {
        type: 'escalated',
        at: step.event.at,
        stage: 2,
        payload: {
          ...escalationPayload({
            transfer: step.transfer,
            inTime: step.inTime,
            deadline: step.deadline,
            exceptionalCircumstances: step.exceptionalCircumstances,
            awareOn: step.awareOn,
            awarenessFromReceipt: !step.transfer && step.awareOn === null,
          }),
          ...imported,
        },
      };
    case 'acknowledged':
      return { type: 'acknowledged', at: step.event.at, stage: 2, payload: { ...imported } };
    case 'points':
      return {
        type: 'points_agreed',
        at: step.at,
        stage: 2,
        payload: { ...pointsAgreedPayload(step.points), ...imported },
      };
    case 'closed':
      return {
        type: 'closed',
        at: step.event.at,
        stage: step.event.stage,
        payload: {
          ...closurePayload(step.event, {
            resolution: step.resolution,
            spsoSignposted: step.event.stage === 2,
            tribunalCase: false,
            tribunalSignposted: false,
            lateReason: step.lateReason,
          }),
          ...imported,
        },
      };
    case 'spso':
      return {
        type: 'spso_decision',
        at: step.at,
        stage: 2,
        payload: { ...spsoDecisionPayload(step.decision, step.decidedOn), ...imported },
      };
  }
}

/**
 * Writes a batch of checked, new complaints: customers, complaints (with the projection
 * @chp/domain computes from the imported journey), their journeys, points and root causes, and
 * one audit entry each. The statement triggers on complaint keep indicator_day and the search
 * words exact in the same transaction, once per batch.
 */
export async function writeBatch(
  em: EntityManager,
  stamp: ImportStamp,
  lookups: ImportLookups,
  references: ReferenceNumbers,
  rows: CheckedRow[],
  analyze = false,
): Promise<void> {
  const { organisationId, personId, now } = stamp;
  const customers: Record<string, unknown>[] = [];
  const complaints: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const points: Record<string, unknown>[] = [];
  const causes: Record<string, unknown>[] = [];
  const audits: Record<string, unknown>[] = [];
  for (const { complaint: c, fingerprint } of rows) {
    const id = randomUUID();
    const reference = await references.take(localDate(c.receivedAt).slice(0, 4));
    let customerId: string | null = null;
    if (c.customer) {
      customerId = randomUUID();
      customers.push({
        organisation_id: organisationId,
        id: customerId,
        ...c.customer,
        created_at: now,
      });
    }
    const projected = Object.fromEntries(
      Object.entries(projection(c.events, lookups.settings)).map(([k, v]) => [snake(k), v]),
    );
    complaints.push({
      organisation_id: organisationId,
      id,
      reference,
      customer_id: customerId,
      received_at: c.receivedAt,
      aware_on: c.awareOn,
      channel: c.channel,
      service_area_id: lookups.serviceAreaId(c.serviceArea),
      category: c.category,
      summary: c.summary,
      outcome_sought: c.outcomeSought,
      serious: false,
      about_named_staff: false,
      handler_id: c.handler ? lookups.personId(c.handler) : null,
      contact_type: 'complaint',
      escalated_at: c.escalatedAt,
      escalation_exceptional_circumstances: c.escalationExceptionalCircumstances,
      spso_decision: c.spso?.decision ?? null,
      spso_decided_on: c.spso?.decidedOn ?? null,
      source_reference: c.sourceReference,
      import_fingerprint: fingerprint,
      version: 1,
      created_at: now,
      updated_at: now,
      ...projected,
    });
    c.steps.forEach((step, i) =>
      events.push({
        organisation_id: organisationId,
        complaint_id: id,
        sequence: i + 1,
        ...stepRow(step),
        recorded_by_id: personId,
        recorded_at: now,
      }),
    );
    c.points.forEach((description, i) =>
      points.push({
        organisation_id: organisationId,
        id: randomUUID(),
        complaint_id: id,
        position: i + 1,
        description,
      }),
    );
    for (const rootCauseId of new Set(c.rootCauses.map((n) => lookups.rootCauseId(n))))
      causes.push({
        organisation_id: organisationId,
        complaint_id: id,
        root_cause_id: rootCauseId,
      });
    audits.push({
      organisation_id: organisationId,
      at: now,
      actor_id: personId,
      operation: 'importComplaints',
      entity: 'complaint',
      entity_id: id,
      changes: {
        step: 'imported',
        reference,
        sourceReference: c.sourceReference,
        importRunId: stamp.runId,
      },
    });
  }
  await insertRows(em, 'customer', customers);
  await insertRows(em, 'complaint', complaints);
  // rows inserted in this transaction are not in the statistics the foreign-key checks plan on:
  // without this, each check of a journey row scans the new complaints (ANALYZE counts our own rows)
  if (analyze) await em.query(`ANALYZE complaint`);
  await insertRows(em, 'complaint_event', events);
  await insertRows(em, 'complaint_point', points);
  await insertRows(em, 'complaint_root_cause', causes);
  await insertRows(em, 'audit_log', audits);
}
