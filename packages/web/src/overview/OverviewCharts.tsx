import { useMemo } from 'react';
import type { OverviewQuery } from '../generated/graphql';
import { ParetoChart, StackedBars } from '../lib/charts';
import { formatCount } from '../lib/format';
import { Link, queryString } from '../lib/router';
import { DataTable, QueryState } from '../lib/ui';
import { trendSeries } from '../trends/trend-series';
import type { QueryPart } from '../lib/query-part';
import { pareto } from './pareto';

const STAGE_LABELS: Record<string, string> = {
  stage1: 'Stage 1',
  stage2_direct: 'Stage 2 (direct)',
  stage2_escalated: 'Stage 2 (escalated)',
};

/** Complaints received each month from `from` to `today` (the last two years), by stage. */
export function TwoYearTrend({
  today,
  from,
  part,
}: {
  today: string;
  from: string;
  part: QueryPart<OverviewQuery['twoYearTrend']>;
}) {
  const { data: t, loading, error, refetch } = part;
  const series = useMemo(() => (t ? trendSeries(t.buckets, t.from, t.to, 'month') : null), [t]);
  return (
    <section aria-labelledby="trend-heading" className="overview-wide">
      <h2 id="trend-heading">Complaints received, last two years</h2>
      <QueryState
        loading={loading}
        error={error && !t ? error : null}
        retry={() => void refetch()}
        what="Loading the trend"
        empty={t?.total === 0}
        emptyText="No complaints received in the last two years."
      >
        {series && t ? (
          <>
            <StackedBars
              title="Complaints received each month, by how far they went"
              data={series.rows}
              category="label"
              series={series.keys.map((k) => ({
                key: k.key,
                label: STAGE_LABELS[k.key] ?? k.label,
              }))}
            />
            <details>
              <summary>The numbers ({formatCount(t.total)} complaints)</summary>
              <DataTable
                caption="Complaints received each month, by stage"
                head={['Month', ...series.keys.map((k) => STAGE_LABELS[k.key] ?? k.label), 'Total']}
                rows={series.rows.map((row) => [
                  row.label,
                  ...series.keys.map((k) => formatCount(row[k.key] as number)),
                  formatCount(row.total),
                ])}
              />
            </details>
            <p>
              <Link
                to={`/trends${queryString({ from, to: today, grain: 'month', breakdown: 'stage' })}`}
              >
                Explore trends
              </Link>
            </p>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

/** The root causes of complaints received from `from` to `today` (the last 12 months). */
export function RootCausePareto({
  today,
  from,
  part,
}: {
  today: string;
  from: string;
  part: QueryPart<OverviewQuery['rootCauses']>;
}) {
  const { data: t, loading, error, refetch } = part;
  const result = useMemo(
    () =>
      t ? pareto(t.buckets.map((b) => ({ key: b.key, label: b.keyLabel, count: b.count }))) : null,
    [t],
  );
  return (
    <section aria-labelledby="pareto-heading">
      <h2 id="pareto-heading">Top root causes, last 12 months</h2>
      <QueryState
        loading={loading}
        error={error && !t ? error : null}
        retry={() => void refetch()}
        what="Loading root causes"
        empty={result?.total === 0}
        emptyText="No root causes have been recorded in the last 12 months."
      >
        {result ? (
          <>
            <ParetoChart
              title="Complaints by root cause, with the cumulative share"
              data={result.rows}
            />
            <DataTable
              caption="Top root causes"
              head={['Root cause', 'Complaints', 'Share', 'Cumulative']}
              rows={result.rows.map((row) => [
                <Link
                  key={row.key}
                  to={`/trends${queryString({ breakdown: 'rootCause', rootCause: row.key, from, to: today })}`}
                >
                  {row.label}
                </Link>,
                formatCount(row.count),
                `${row.share}%`,
                `${row.cumulative}%`,
              ])}
            />
            {result.otherCount ? (
              <p className="hint">Other causes: {formatCount(result.otherCount)} complaints.</p>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
