import type { ArcReceipts, ComplaintChannel, CubeCell, CubeStage, Outcome } from '@chp/domain';
import { sortCubeCells } from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Received in [from, to] by local (Europe/London) date, as a range the index on received_at can use. */
const localRange = (column: string, from: string, to: string) =>
  `${column} >= (${from}::date::timestamp AT TIME ZONE 'Europe/London') AND ${column} < ((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

/** docs/procedure.md, SPSO performance indicators, row A: not a complaint and duplicates are not complaints received. */
const COUNTS_AS_RECEIVED = `(c.other_outcome IS NULL OR c.other_outcome IN ('withdrawn', 'out_of_time'))`;

/**
 * The year's receipts by stage for the ARC (@chp/domain arcReceipts): first received at stage 1
 * or straight at stage 2 by local date of receipt, and escalations by local date of escalation.
 */
export async function arcReceiptsOf(
  db: Queryable,
  organisationId: string,
  period: { from: string; to: string },
): Promise<ArcReceipts> {
  const received = localRange('c.received_at', '$2', '$3');
  const escalated = localRange('c.escalated_at', '$2', '$3');
  const [row]: { stage1: number; stage2: number; escalated: number }[] = await db.query(
    `SELECT count(*) FILTER (WHERE ${received} AND c.route = 'stage1')::int AS stage1,
            count(*) FILTER (WHERE ${received} AND c.route = 'stage2_direct')::int AS stage2,
            count(*) FILTER (WHERE ${escalated})::int AS escalated
       FROM complaint c
      WHERE c.organisation_id = $1 AND ${COUNTS_AS_RECEIVED}
        AND ((${received}) OR (${escalated}))`,
    [organisationId, period.from, period.to],
  );
  return {
    receivedAtStage1: Number(row!.stage1),
    receivedAtStage2: Number(row!.stage2),
    escalated: Number(row!.escalated),
  };
}

interface CellRow {
  kind: 'received' | 'closed';
  stage: CubeStage;
  reason: string;
  outcome: Outcome | null;
  channel: ComplaintChannel;
  count: number;
  working_days: string | number;
}

/**
 * The statistics cube's cells (@chp/domain statisticsCells) in one statement: receipts by the
 * stage first received at, category and channel; closures by SPSO bucket, category, outcome and
 * channel, with their working days added up.
 */
export async function cubeCellsOf(
  db: Queryable,
  organisationId: string,
  period: { from: string; to: string },
): Promise<CubeCell[]> {
  const rows: CellRow[] = await db.query(
    `SELECT 'received' AS kind, CASE WHEN c.route = 'stage2_direct' THEN 'stage2Direct' ELSE 'stage1' END AS stage,
            btrim(c.category) AS reason, NULL AS outcome, c.channel, count(*)::int AS count, 0::bigint AS working_days
       FROM complaint c
      WHERE c.organisation_id = $1 AND ${localRange('c.received_at', '$2', '$3')} AND ${COUNTS_AS_RECEIVED}
      GROUP BY 2, 3, 5
     UNION ALL
     SELECT 'closed', 'stage1', btrim(c.category), c.stage1_outcome, c.channel, count(*)::int, sum(c.stage1_working_days)::bigint
       FROM complaint c
      WHERE c.organisation_id = $1 AND c.stage1_closed_on BETWEEN $2 AND $3
      GROUP BY 3, 4, 5
     UNION ALL
     SELECT 'closed', CASE WHEN c.route = 'stage2_direct' THEN 'stage2Direct' ELSE 'stage2Escalated' END,
            btrim(c.category), c.stage2_outcome, c.channel, count(*)::int, sum(c.stage2_working_days)::bigint
       FROM complaint c
      WHERE c.organisation_id = $1 AND c.stage2_closed_on BETWEEN $2 AND $3
      GROUP BY 2, 3, 4, 5`,
    [organisationId, period.from, period.to],
  );
  return sortCubeCells(
    rows.map((r) => ({
      kind: r.kind,
      stage: r.stage,
      reason: r.reason,
      outcome: r.outcome,
      channel: r.channel,
      count: Number(r.count),
      workingDays: Number(r.working_days),
    })),
  );
}
