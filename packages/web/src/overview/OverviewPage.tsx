import { useMemo } from 'react';
import { useMe } from '../auth/me-context';
import { mayOpen } from '../auth/roles';
import { SPSO_INDICATORS } from '../indicators/queries';
import type { SpsoIndicatorsReport } from '../indicators/types';
import { ParetoChart, StackedBars } from '../lib/charts';
import { formatAverage, formatCount, formatDate, formatShare, londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { monthsBefore, previousQuarter, quarterOf } from '../lib/periods';
import { Link, queryString } from '../lib/router';
import { DataTable, QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { TRENDS } from '../trends/queries';
import { trendSeries, type TrendBucket } from '../trends/trend-series';
import type { TrendsData } from '../trends/TrendsPage';
import { overviewCards, type OverviewCard } from './overview-cards';
import { pareto } from './pareto';
import { OVERDUE_ACTIONS, QUIET_AREAS, ROOT_CAUSE_COUNTS } from './queries';

function show(card: OverviewCard, which: 'current' | 'previous'): string {
  const n = card[which];
  return card.kind === 'share'
    ? formatShare(n)
    : card.kind === 'days'
      ? formatAverage(n)
      : formatCount(n);
}

export default function OverviewPage() {
  usePageTitle('Overview');
  const today = londonToday();
  const quarter = quarterOf(today);
  return (
    <>
      <h1>Overview</h1>
      <p className="lead">
        {quarter.replace('-', ' ')} so far (to {formatDate(today)}) against{' '}
        {previousQuarter(quarter).replace('-', ' ')}.
      </p>
      <Headline quarter={quarter} />
      <div className="overview-grid">
        <TwoYearTrend today={today} />
        <RootCausePareto today={today} />
        <QuietAreas quarter={previousQuarter(quarter)} />
        <OverdueActions />
      </div>
    </>
  );
}

function Headline({ quarter }: { quarter: string }) {
  const me = useMe();
  const register = mayOpen(me.role, '/complaints');
  const { data, loading, error, refetch } = useKeptQuery<{ spsoIndicators: SpsoIndicatorsReport }>(
    SPSO_INDICATORS,
    { period: { quarter } },
  );
  const r = data?.spsoIndicators;
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="visually-hidden">
        This quarter against the last
      </h2>
      <QueryState
        loading={loading}
        error={error && !r ? error : null}
        retry={() => void refetch()}
        what="Loading this quarter's figures"
      >
        {r ? (
          <div data-testid="overview-cards">
            {(
              [
                [
                  'Volumes and timescales',
                  overviewCards(r, { register }).filter((c) => !c.id.startsWith('outcome-')),
                ],
                [
                  'Outcomes, as a share of all closures',
                  overviewCards(r, { register }).filter((c) => c.id.startsWith('outcome-')),
                ],
              ] as const
            ).map(([title, cards]) => (
              <section key={title} aria-label={title}>
                <h3 className="cards-title">{title}</h3>
                <ul className="cards">
                  {cards.map((card) => (
                    <li key={card.id} className="card">
                      <Link to={card.link} className="card-link">
                        <span className="card-title">{card.title}</span>
                        <span className="card-value">{show(card, 'current')}</span>
                        <span className="card-previous">
                          {r.previous.period.label}: {show(card, 'previous')}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        ) : null}
      </QueryState>
    </section>
  );
}

const STAGE_LABELS: Record<string, string> = {
  stage1: 'Stage 1',
  stage2_direct: 'Stage 2 (direct)',
  stage2_escalated: 'Stage 2 (escalated)',
};

function TwoYearTrend({ today }: { today: string }) {
  const from = monthsBefore(today, 23);
  const { data, loading, error, refetch } = useKeptQuery<TrendsData>(TRENDS, {
    from,
    to: today,
    grain: 'month',
    breakdown: 'stage',
  });
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

function RootCausePareto({ today }: { today: string }) {
  const from = monthsBefore(today, 11);
  const { data, loading, error, refetch } = useKeptQuery<{
    complaintTrends: { total: number; buckets: TrendBucket[] };
  }>(ROOT_CAUSE_COUNTS, { from, to: today });
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

interface QuietData {
  quietAreas: {
    period: { from: string; to: string; label: string };
    history: { label: string }[];
    items: {
      key: string;
      label: string;
      count: number;
      historicalAverage: number;
      change: number;
      changeShare: number | null;
    }[];
  };
}

function QuietAreas({ quarter }: { quarter: string }) {
  const { data, loading, error, refetch } = useKeptQuery<QuietData>(QUIET_AREAS, {
    period: { quarter },
  });
  const q = data?.quietAreas;
  return (
    <section aria-labelledby="quiet-heading">
      <h2 id="quiet-heading">Services with few or no complaints</h2>
      <QueryState
        loading={loading}
        error={error && !q ? error : null}
        retry={() => void refetch()}
        what="Loading quiet areas"
      >
        {q ? (
          <>
            <p className="hint">
              {q.period.label} against the average of the {q.history.length} quarters before. Few
              complaints can mean good service, or that people find it hard to complain.
            </p>
            {q.items.length === 0 ? (
              <p className="empty">
                Every service area received about as many complaints as usual.
              </p>
            ) : (
              <DataTable
                caption={`Quiet service areas, ${q.period.label}`}
                head={['Service area', 'Complaints', 'Usual (average)']}
                rows={q.items.map((i) => [
                  <Link
                    key={i.key}
                    to={`/trends${queryString({ serviceArea: i.key, grain: 'quarter' })}`}
                  >
                    {i.label}
                  </Link>,
                  formatCount(i.count),
                  formatAverage(i.historicalAverage),
                ])}
              />
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

interface OverdueData {
  overdueActions: {
    total: number;
    byServiceArea: { serviceAreaId: string; serviceAreaName: string; count: number }[];
    byOwner: { ownerId: string; ownerName: string; count: number }[];
  };
}

function OverdueActions() {
  const me = useMe();
  const links = mayOpen(me.role, '/actions');
  const { data, loading, error, refetch } = useKeptQuery<OverdueData>(OVERDUE_ACTIONS);
  const o = data?.overdueActions;
  const link = (filters: Record<string, string>, text: string) =>
    links ? (
      <Link to={`/actions${queryString({ overdue: 'true', ...filters })}`}>{text}</Link>
    ) : (
      text
    );
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">Overdue improvement actions</h2>
      <QueryState
        loading={loading}
        error={error && !o ? error : null}
        retry={() => void refetch()}
        what="Loading overdue actions"
      >
        {o ? (
          o.total === 0 ? (
            <p className="empty">No improvement action is past its target date.</p>
          ) : (
            <>
              <p className="big-number">{link({}, `${formatCount(o.total)} overdue`)}</p>
              <DataTable
                caption="Overdue actions by service area"
                head={['Service area', 'Overdue']}
                rows={o.byServiceArea.map((s) => [
                  link({ serviceArea: s.serviceAreaId }, s.serviceAreaName),
                  formatCount(s.count),
                ])}
              />
              <DataTable
                caption="Overdue actions by owner"
                head={['Owner', 'Overdue']}
                rows={o.byOwner.map((s) => [
                  link({ owner: s.ownerId }, s.ownerName),
                  formatCount(s.count),
                ])}
              />
            </>
          )
        ) : null}
      </QueryState>
    </section>
  );
}
