import { useQuery } from '@apollo/client/react';
import { monthsBefore } from '@chp/domain';
import { useMemo } from 'react';
import { CHANNELS, OUTCOMES } from '../complaints/labels';
import { ROOT_CAUSES, SERVICE_AREAS } from '../complaints/queries';
import type {
  RootCausesQuery,
  RootCausesQueryVariables,
  ServiceAreasQuery,
  ServiceAreasQueryVariables,
  TrendBreakdown,
  TrendFilters,
  TrendGrain,
  TrendsQuery,
  TrendsQueryVariables,
  TrendStage,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { StackedBars, TrendLines } from '../lib/charts';
import { downloadCsv } from '../lib/csv';
import { formatDate, londonToday } from '../lib/format';
import { useReportingYear } from '../lib/financial-year';
import { reportingRanges } from '../lib/periods';
import { usePageTitle } from '../lib/page-title';
import { useQueryState } from '../lib/router';
import { DataTable, QueryState, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { TRENDS } from './queries';
import { topCauses, topSeries, trendCsvRows, trendSeries } from './trend-series';

const BREAKDOWNS: [TrendBreakdown, string][] = [
  ['none', 'None (all complaints)'],
  ['serviceArea', 'Service area'],
  ['category', 'Category'],
  ['channel', 'Channel'],
  ['stage', 'Stage'],
  ['outcome', 'Outcome'],
  ['rootCause', 'Root cause'],
  ['contractor', 'Contractor'],
];

const STAGES: [TrendStage, string][] = [
  ['stage1', 'Stage 1 only'],
  ['stage2_direct', 'Straight to stage 2'],
  ['stage2_escalated', 'Stage 2 after escalation'],
];

export default function TrendsPage() {
  usePageTitle('Trends');
  const today = londonToday();
  const [query, setQuery] = useQueryState();
  const grain = oneOf<TrendGrain>(['month', 'quarter', 'year'], query.get('grain')) ?? 'month';
  const breakdown =
    oneOf(
      BREAKDOWNS.map(([b]) => b),
      query.get('breakdown'),
    ) ?? 'none';
  const from = query.get('from') ?? monthsBefore(today, 23);
  const to = query.get('to') ?? today;
  // ready-made ranges in the organisation's reporting year (docs/procedure.md, Reporting and publishing)
  const { startMonth, noun } = useReportingYear();
  const ranges = useMemo(() => reportingRanges(today, startMonth, noun), [today, startMonth, noun]);
  const range = ranges.findIndex((r) => r.from === from && r.to === to);
  const serviceArea = query.get('serviceArea') ?? '';
  const channel = query.get('channel') ?? '';
  const stage = query.get('stage') ?? '';
  const outcome = query.get('outcome') ?? '';
  const rootCause = query.get('rootCause') ?? '';
  const areas = useQuery<ServiceAreasQuery, ServiceAreasQueryVariables>(SERVICE_AREAS);
  const causes = useQuery<RootCausesQuery, RootCausesQueryVariables>(ROOT_CAUSES);
  const chosenChannel = oneOf(
    CHANNELS.map(([c]) => c),
    channel,
  );
  const filters: TrendFilters = {
    serviceAreaIds: serviceArea ? [serviceArea] : undefined,
    channels: chosenChannel ? [chosenChannel] : undefined,
    stage: oneOf(
      STAGES.map(([s]) => s),
      stage,
    ),
    outcome: oneOf(
      OUTCOMES.map(([o]) => o),
      outcome,
    ),
    rootCauseIds: rootCause ? [rootCause] : undefined,
  };
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    TrendsQuery,
    TrendsQueryVariables
  >(TRENDS, {
    from,
    to,
    grain,
    breakdown,
    filters,
  });
  const t = data?.complaintTrends;
  const series = useMemo(
    () => (t ? trendSeries(t.buckets, t.from, t.to, t.grain, t.yearStartMonth) : null),
    [t],
  );
  const chartSeries = series ? topSeries(series, 8) : null;
  const topRootCauses = series && breakdown === 'rootCause' ? topCauses(series, 5) : null;
  const badRange = from > to;

  return (
    <>
      <div className="page-head">
        <h1>Trends</h1>
        {series && t ? (
          <button
            type="button"
            className="no-print"
            onClick={() =>
              downloadCsv(
                `complaint-trends-${t.grain}-${t.breakdown}-${t.from}-${t.to}.csv`,
                trendCsvRows(series),
              )
            }
          >
            Download CSV
          </button>
        ) : null}
      </div>
      <section className="filters no-print" aria-label="Trend settings">
        <div className="filter-row">
          <Select
            label="Dates"
            value={range < 0 ? 'custom' : String(range)}
            onChange={(v) => {
              const chosen = ranges[Number(v)];
              if (chosen) setQuery({ from: chosen.from, to: chosen.to });
            }}
            options={[
              ...ranges.map((r, i) => [String(i), r.label] as const),
              ...(range < 0 ? [['custom', 'Your own dates'] as const] : []),
            ]}
          />
          <Select
            label="Period"
            value={grain}
            onChange={(v) => setQuery({ grain: v })}
            options={[
              ['month', 'Month'],
              ['quarter', 'Quarter'],
              ['year', 'Year'],
            ]}
          />
          <Select
            label="Breakdown"
            value={breakdown}
            onChange={(v) => setQuery({ breakdown: v })}
            options={BREAKDOWNS}
          />
          <div className="field">
            <label htmlFor="trend-from">Received from</label>
            <input
              id="trend-from"
              type="date"
              value={from}
              onChange={(e) => e.target.value && setQuery({ from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="trend-to">Received to</label>
            <input
              id="trend-to"
              type="date"
              value={to}
              onChange={(e) => e.target.value && setQuery({ to: e.target.value })}
            />
          </div>
        </div>
        <div className="filter-row">
          <Select
            label="Service area"
            value={serviceArea}
            onChange={(v) => setQuery({ serviceArea: v })}
            options={[
              ['', 'Any'],
              ...(areas.data?.serviceAreas ?? []).map((a) => [a.id, a.name] as const),
            ]}
          />
          <Select
            label="Channel"
            value={channel}
            onChange={(v) => setQuery({ channel: v })}
            options={[['', 'Any'], ...CHANNELS]}
          />
          <Select
            label="Stage"
            value={stage}
            onChange={(v) => setQuery({ stage: v })}
            options={[['', 'Any'], ...STAGES]}
          />
          <Select
            label="Outcome"
            value={outcome}
            onChange={(v) => setQuery({ outcome: v })}
            options={[['', 'Any'], ...OUTCOMES]}
          />
          <Select
            label="Root cause"
            value={rootCause}
            onChange={(v) => setQuery({ rootCause: v })}
            options={[
              ['', 'Any'],
              ...(causes.data?.rootCauses ?? []).map(
                (r) => [r.id, r.parentId ? `— ${r.name}` : r.name] as const,
              ),
            ]}
          />
        </div>
      </section>
      {badRange ? (
        <p role="alert" className="error-box">
          The start date is after the end date.
        </p>
      ) : (
        <QueryState
          loading={loading}
          error={error && !t ? error : null}
          retry={() => void refetch()}
          what="Loading the trend"
        >
          {t && series && chartSeries ? (
            <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
              <p className="lead">
                {t.total.toLocaleString('en-GB')} complaints received from {formatDate(t.from)} to{' '}
                {formatDate(t.to)}
                {breakdown !== 'none'
                  ? `, by ${BREAKDOWNS.find(([k]) => k === breakdown)?.[1].toLowerCase()}`
                  : ''}
                .
              </p>
              {t.total === 0 ? (
                <p className="empty">No complaints match these settings.</p>
              ) : breakdown === 'none' ? (
                <TrendLines
                  title="Complaints received"
                  data={series.rows}
                  series={[{ key: 'total', label: 'Complaints received' }]}
                />
              ) : topRootCauses ? (
                <>
                  <TrendLines
                    title={`Complaints received: the ${topRootCauses.series.keys.length} root causes with the most`}
                    data={topRootCauses.series.rows}
                    series={topRootCauses.series.keys}
                    height={340}
                  />
                  {topRootCauses.rest.causes || topRootCauses.noCause ? (
                    <p className="hint">
                      {topRootCauses.rest.causes
                        ? `${topRootCauses.rest.causes} other root cause${topRootCauses.rest.causes === 1 ? '' : 's'} (${topRootCauses.rest.complaints.toLocaleString('en-GB')} complaints)`
                        : ''}
                      {topRootCauses.rest.causes && topRootCauses.noCause ? ' and ' : ''}
                      {topRootCauses.noCause
                        ? `${topRootCauses.noCause.toLocaleString('en-GB')} complaints with no root cause recorded`
                        : ''}{' '}
                      are in the table below.
                    </p>
                  ) : null}
                </>
              ) : (
                <StackedBars
                  title="Complaints received"
                  data={chartSeries.rows}
                  category="label"
                  series={chartSeries.keys}
                  height={340}
                />
              )}
              <DataTable
                caption={`Complaints received by ${grain}${breakdown !== 'none' ? ' and ' + (BREAKDOWNS.find(([k]) => k === breakdown)?.[1].toLowerCase() ?? '') : ''}`}
                head={[
                  'Period',
                  ...(breakdown === 'none' ? [] : series.keys.map((k) => k.label)),
                  'Total',
                ]}
                rows={series.rows.map((row) => [
                  row.label,
                  ...(breakdown === 'none'
                    ? []
                    : series.keys.map((k) => (row[k.key] as number).toLocaleString('en-GB'))),
                  row.total.toLocaleString('en-GB'),
                ])}
              />
            </div>
          ) : null}
        </QueryState>
      )}
    </>
  );
}
