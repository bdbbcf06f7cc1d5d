import type { ClientBase } from 'pg';
import type { DataSource } from 'typeorm';

/** BEGIN, `work`, COMMIT (ROLLBACK on failure). */
export async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Deletes the organisation's complaints, journeys, customers and improvement actions (for
 * `seed --replace`). complaint_event is append-only: its trigger is disabled inside the deleting
 * transaction only (ALTER TABLE ... DISABLE TRIGGER takes a table lock, and ENABLE runs before
 * COMMIT; a failure rolls both back). Customers go in a second transaction after a VACUUM of
 * complaint: the foreign-key check for each deleted customer looks for complaints by customer,
 * which has no index, and would otherwise scan every dead complaint row once per customer.
 * Returns the number of complaints deleted.
 */
export async function deleteDemoData(client: ClientBase, organisationId: string): Promise<number> {
  const scoped = (table: string) =>
    client.query(`DELETE FROM ${table} WHERE organisation_id = $1`, [organisationId]);
  const deleted = await inTransaction(client, async () => {
    for (const t of [
      'spso_recommendation',
      'contact_restriction',
      'approval_request',
      'improvement_action_progress',
      'improvement_action_complaint',
      'improvement_action_root_cause',
      'improvement_action',
      'complaint_root_cause',
      'complaint_point',
      'complaint_staff_member',
      'complaint_letter',
      'survey_invitation',
      'investigation_report',
      'evidence_file_content',
      'evidence_file',
      'investigation_meeting',
      'alternative_resolution',
      'investigation_plan',
    ])
      await scoped(t);
    await client.query(`ALTER TABLE complaint_event DISABLE TRIGGER complaint_event_append_only`);
    await scoped('complaint_event');
    await client.query(`ALTER TABLE complaint_event ENABLE TRIGGER complaint_event_append_only`);
    const { rowCount } = await scoped('complaint');
    // the next references start again from the data loaded next (a trigger on complaint raises
    // the counter as complaints are inserted), not after the deleted ones
    await scoped('reference_counter');
    return rowCount ?? 0;
  });
  await client.query(`VACUUM (ANALYZE) complaint`);
  await inTransaction(client, () => scoped('customer'));
  return deleted;
}

/** A pg client from a TypeORM DataSource's pool for `work` (COPY needs the driver's own client). */
export async function withPgClient<T>(
  dataSource: DataSource,
  work: (client: ClientBase) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as ClientBase;
  try {
    return await work(client);
  } finally {
    await runner.release();
  }
}

export async function complaintCount(client: ClientBase, organisationId: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM complaint WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0]!.n;
}
