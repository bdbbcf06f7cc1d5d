import type { IsoDate, SpsoComparison, SpsoComparisonCounts } from '@chp/domain';
import type { EntityManager } from 'typeorm';

/** docs/procedure.md, SPSO decisions against ours: complaints with an SPSO decision in a period. */
export interface SpsoDecisionsSummary {
  from: IsoDate;
  to: IsoDate;
  total: SpsoComparisonCounts;
  byServiceArea: { serviceAreaId: string; serviceAreaName: string; counts: SpsoComparisonCounts }[];
  /** The complaints the SPSO upheld more than we did, latest decision first. */
  upheldMore: {
    complaintId: string;
    reference: string;
    serviceAreaName: string;
    ourOutcome: string | null;
    spsoDecision: string;
    decidedOn: IsoDate;
  }[];
}

/**
 * The comparison in SQL, as the domain's `compareWithSpso` on `finalOutcome` (stage 2's outcome
 * when there is one, else stage 1's).
 */
const COMPARISON_SQL = `
  CASE
    WHEN c.spso_decision = 'not_taken_forward' THEN 'not_taken_forward'
    WHEN coalesce(c.stage2_outcome, c.stage1_outcome) IS NULL THEN 'not_comparable'
    WHEN coalesce(c.stage2_outcome, c.stage1_outcome) = c.spso_decision THEN 'same'
    WHEN 'resolved' IN (coalesce(c.stage2_outcome, c.stage1_outcome), c.spso_decision) THEN 'not_comparable'
    WHEN array_position(ARRAY['not_upheld','partially_upheld','upheld'], c.spso_decision)
       > array_position(ARRAY['not_upheld','partially_upheld','upheld'], coalesce(c.stage2_outcome, c.stage1_outcome))
      THEN 'spso_upheld_more'
    ELSE 'spso_upheld_less'
  END`;

const empty = (): SpsoComparisonCounts => ({
  not_taken_forward: 0,
  same: 0,
  spso_upheld_more: 0,
  spso_upheld_less: 0,
  not_comparable: 0,
});

/**
 * Complaints of the organisations whose SPSO decision date falls in the period, by comparison,
 * in total and per service area (one statement, GROUPING SETS), and the list the SPSO upheld more.
 */
export async function spsoDecisionsSummary(
  em: Pick<EntityManager, 'query'>,
  organisationIds: string[],
  period: { from: IsoDate; to: IsoDate },
): Promise<SpsoDecisionsSummary> {
  const rows: {
    service_area_id: string | null;
    name: string | null;
    kind: SpsoComparison;
    n: number;
  }[] = await em.query(
    `SELECT service_area_id, name, kind, count(*)::int AS n
       FROM (SELECT c.service_area_id, sa.name, ${COMPARISON_SQL} AS kind
               FROM complaint c
               JOIN service_area sa ON sa.organisation_id = c.organisation_id AND sa.id = c.service_area_id
              WHERE c.organisation_id = ANY($1::uuid[]) AND c.spso_decision IS NOT NULL
                AND c.spso_decided_on BETWEEN $2::date AND $3::date) d
      GROUP BY GROUPING SETS ((service_area_id, name, kind), (kind))`,
    [organisationIds, period.from, period.to],
  );
  const total = empty();
  const areas = new Map<string, { serviceAreaName: string; counts: SpsoComparisonCounts }>();
  for (const r of rows) {
    if (r.service_area_id === null) {
      total[r.kind] = r.n;
      continue;
    }
    const area = areas.get(r.service_area_id) ?? { serviceAreaName: r.name!, counts: empty() };
    area.counts[r.kind] = r.n;
    areas.set(r.service_area_id, area);
  }
  const upheldMore: {
    id: string;
    reference: string;
    name: string;
    ours: string | null;
    spso: string;
    decided_on: string;
  }[] = await em.query(
    `SELECT c.id, c.reference, sa.name, coalesce(c.stage2_outcome, c.stage1_outcome) AS ours, c.spso_decision AS spso,
            c.spso_decided_on::text AS decided_on
       FROM complaint c
       JOIN service_area sa ON sa.organisation_id = c.organisation_id AND sa.id = c.service_area_id
      WHERE c.organisation_id = ANY($1::uuid[]) AND c.spso_decision IS NOT NULL
        AND c.spso_decided_on BETWEEN $2::date AND $3::date AND ${COMPARISON_SQL} = 'spso_upheld_more'
      ORDER BY c.spso_decided_on DESC, c.reference`,
    [organisationIds, period.from, period.to],
  );
  return {
    from: period.from,
    to: period.to,
    total,
    byServiceArea: [...areas.entries()]
      .map(([serviceAreaId, a]) => ({ serviceAreaId, ...a }))
      .sort((a, b) => a.serviceAreaName.localeCompare(b.serviceAreaName, 'en-GB')),
    upheldMore: upheldMore.map((r) => ({
      complaintId: r.id,
      reference: r.reference,
      serviceAreaName: r.name,
      ourOutcome: r.ours,
      spsoDecision: r.spso,
      decidedOn: r.decided_on,
    })),
  };
}
