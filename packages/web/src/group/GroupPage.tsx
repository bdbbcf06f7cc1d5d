import { useMemo } from 'react';
import { londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { useReportingYear } from '../lib/financial-year';
import { defaultPeriod, periodChoices, periodInput } from '../lib/periods';
import { useQueryState } from '../lib/router';
import { DataTable, Empty, QueryState, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import type { GroupFiguresQuery, GroupFiguresQueryVariables } from '../generated/graphql';
import { indicatorRows, monthRows } from './group-rows';
import { GROUP_FIGURES } from './queries';

/**
 * The group's SPSO indicators and monthly trend, across the group and per member side by side,
 * for people with group access (docs/architecture.md, Organisations and groups). Figures only:
 * a member's complaints and customers are never shown here, and nothing here changes a member.
 */
export default function GroupPage() {
  usePageTitle('Group figures');
  const today = londonToday();
  const { startMonth, noun } = useReportingYear();
  const choices = useMemo(
    () => periodChoices(today, startMonth, undefined, undefined, noun),
    [today, startMonth, noun],
  );
  const [query, setQuery] = useQueryState();
  const period = query.get('period') ?? defaultPeriod(today, startMonth);
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    GroupFiguresQuery,
    GroupFiguresQueryVariables
  >(GROUP_FIGURES, { period: periodInput(period) });
  const g = data?.groupFigures;
  const head = g ? ['', `${g.group.name} (all)`, ...g.members.map((m) => m.organisation.name)] : [];

  return (
    <>
      <div className="page-head">
        <h1>{g ? `Group figures: ${g.group.name}` : 'Group figures'}</h1>
        <div className="head-controls no-print">
          <Select
            label="Period"
            value={period}
            onChange={(v) => setQuery({ period: v })}
            options={choices.map((c) => [c.value, c.label] as const)}
          />
        </div>
      </div>
      <QueryState
        loading={loading}
        error={error && !data ? error : null}
        retry={() => void refetch()}
        what="Loading the group's figures"
      >
        {data && !g ? (
          <Empty>Your organisation is not in a group, or you do not hold group access.</Empty>
        ) : null}
        {g ? (
          <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
            <p className="lead">
              {g.period.label}: {g.total.received.toLocaleString('en-GB')} complaints received
              across {g.members.length} organisations (
              {g.totalPrevious.received.toLocaleString('en-GB')} in {g.totalPrevious.period.label}).
              Figures only: each organisation's complaints stay with that organisation.
            </p>
            <DataTable
              caption={`SPSO indicators side by side, ${g.period.label}`}
              head={head}
              rows={indicatorRows([g.total, ...g.members.map((m) => m.current)])}
            />
            <DataTable
              caption={`SPSO indicators side by side, ${g.totalPrevious.period.label} (previous period)`}
              head={head}
              rows={indicatorRows([g.totalPrevious, ...g.members.map((m) => m.previous)])}
            />
            <DataTable
              caption="Complaints received by month"
              head={['Month', ...head.slice(1)]}
              rows={monthRows(g.totalMonths, g.members, 'received')}
            />
            <DataTable
              caption="Complaints closed by month"
              head={['Month', ...head.slice(1)]}
              rows={monthRows(g.totalMonths, g.members, 'closed')}
            />
          </div>
        ) : null}
      </QueryState>
    </>
  );
}
