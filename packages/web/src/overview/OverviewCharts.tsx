import { useMemo } from 'react';
import { monthsBefore } from '@chp/domain';
import type {
  RootCauseCountsQuery,
  RootCauseCountsQueryVariables,
  TrendsQuery,
  TrendsQueryVariables,
} from '../generated/graphql';
import { ParetoChart, StackedBars } from '../lib/charts';
import { formatCount } from '../lib/format';
import { Link, queryString } from '../lib/router';
import { DataTable, QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { TRENDS } from '../trends/queries';
import { trendSeries } from '../trends/trend-series';
import { pareto } from './pareto';
import { ROOT_CAUSE_COUNTS } from './queries';

const STAGE_LABELS: Record<string, string> = {
  stage1: 'Stage 1',
  stage2_direct: 'Stage 2 (direct)',
  stage2_escalated: 'Stage 2 (escalated)',
};

export function TwoYearTrend({ today }: { today: string }) {
  const from = monthsBefore(today, 23);
  const { data, loading, error, refetch } = useKeptQuery<TrendsQuery, TrendsQueryVariables>(
    TRENDS,
    {
      from,
      to: today,
      grain: 'month',
      breakdown: 'stage',
    },
  );
  const t = data?.complaintTrends;
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

export function RootCausePareto({ today }: { today: string }) {
  const from = monthsBefore(today, 11);
  const { data, loading, error, refetch } = useKeptQuery<
    RootCauseCountsQuery,
    RootCauseCountsQueryVariables
  >(ROOT_CAUSE_COUNTS, { from, to: today });
  const t = data?.complaintTrends;
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
