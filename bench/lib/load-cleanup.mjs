/**
 * Puts the bench database back as the load runs found it, so `npm run bench` reuses it (it
 * reloads a database whose complaint count differs from its size): deletes the complaints the
 * handlers recorded since `since`, with their journey events, customers and audit rows, and sets
 * the reference counters back to `counters`. complaint_event is append-only: its trigger is
 * disabled inside this transaction only, as the demo loader's `seed --replace` does. The summary
 * tables follow the deletes through their triggers.
 */
export async function removeRecorded(dataSource, { organisationId, handlerIds, since, counters }) {
  return dataSource.transaction(async (em) => {
    const recorded = `SELECT id FROM complaint WHERE organisation_id = $1 AND handler_id = ANY($2::uuid[]) AND created_at >= $3`;
    const args = [organisationId, handlerIds, since];
    const customers = await em.query(
      `SELECT customer_id AS id FROM complaint WHERE organisation_id = $1 AND handler_id = ANY($2::uuid[]) AND created_at >= $3 AND customer_id IS NOT NULL`,
      args,
    );
    await em.query(`ALTER TABLE complaint_event DISABLE TRIGGER complaint_event_append_only`);
    await em.query(
      `DELETE FROM complaint_event WHERE organisation_id = $1 AND complaint_id IN (${recorded})`,
      args,
    );
    await em.query(`ALTER TABLE complaint_event ENABLE TRIGGER complaint_event_append_only`);
    const [, deleted] = await em.query(
      `DELETE FROM complaint WHERE organisation_id = $1 AND id IN (${recorded})`,
      args,
    );
    await em.query(`DELETE FROM customer WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [
      organisationId,
      customers.map((c) => c.id),
    ]);
    await em.query(
      `DELETE FROM audit_log WHERE organisation_id = $1 AND actor_id = ANY($2::uuid[]) AND at >= $3 AND operation = 'recordComplaint'`,
      args,
    );
    await em.query(`DELETE FROM reference_counter WHERE organisation_id = $1`, [organisationId]);
    for (const c of counters)
      await em.query(
        `INSERT INTO reference_counter (organisation_id, year, last_number) VALUES ($1, $2, $3)`,
        [organisationId, c.year, c.last_number],
      );
    return deleted;
  });
}

/** The organisation's reference counters, to put back after the runs. */
export const referenceCounters = (dataSource, organisationId) =>
  dataSource.query(`SELECT year, last_number FROM reference_counter WHERE organisation_id = $1`, [
    organisationId,
  ]);
