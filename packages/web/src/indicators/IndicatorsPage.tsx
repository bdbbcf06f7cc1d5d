import { useMemo } from 'react';
import { useMe } from '../auth/me-context';
import { mayOpen } from '../auth/roles';
import { bucketBars, indicatorCsvRows, outcomeBars, type BucketBar } from './indicator-rows';
import { ComparisonBars, StackedBars } from '../lib/charts';
import { downloadCsv } from '../lib/csv';
import { londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { useReportingYear } from '../lib/financial-year';
import { defaultPeriod, periodChoices, periodInput } from '../lib/periods';
import { useQueryState } from '../lib/router';
import { QueryState, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { IndicatorTable } from './IndicatorTable';
import { OtherOutcomesTable } from './OtherOutcomesTable';
import { SurveyResultsTable } from '../survey/SurveyResultsTable';
import { SPSO_INDICATORS } from './queries';
import { SpsoDecisions } from '../spso/SpsoDecisions';
import type { SpsoIndicatorsQuery, SpsoIndicatorsQueryVariables } from '../generated/graphql';

const OUTCOME_SERIES = [
  { key: 'resolved', label: 'Resolved' },
  { key: 'upheld', label: 'Upheld' },
  { key: 'partiallyUpheld', label: 'Partially upheld' },
  { key: 'notUpheld', label: 'Not upheld' },
];

export default function IndicatorsPage() {
  usePageTitle('SPSO indicators');
  const me = useMe();
  const today = londonToday();
  const { startMonth, noun } = useReportingYear();
  const choices = useMemo(
    () => periodChoices(today, startMonth, undefined, undefined, noun),
    [today, startMonth, noun],
  );
  const [query, setQuery] = useQueryState();
  const period = query.get('period') ?? defaultPeriod(today, startMonth);
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    SpsoIndicatorsQuery,
    SpsoIndicatorsQueryVariables
  >(SPSO_INDICATORS, { period: periodInput(period) });
  const r = data?.spsoIndicators;

  return (
    <>
      <div className="page-head">
        <h1>SPSO indicators</h1>
        <div className="head-controls no-print">
          <Select
            label="Period"
            value={period}
            onChange={(v) => setQuery({ period: v })}
            options={choices.map((c) => [c.value, c.label] as const)}
          />
          {r ? (
            <button
              type="button"
              onClick={() =>
                downloadCsv(
                  `spso-indicators-${r.period.label.replace(/\W+/g, '-')}.csv`,
                  indicatorCsvRows(r),
                )
              }
            >
              Download CSV
            </button>
          ) : null}
        </div>
      </div>
      <QueryState
        loading={loading}
        error={error && !r ? error : null}
        retry={() => void refetch()}
        what="Loading the indicators"
      >
        {r ? (
          <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
            <p className="lead">
              {r.period.label} ({r.received.toLocaleString('en-GB')} received,{' '}
              {r.closed.toLocaleString('en-GB')} closed) beside {r.previous.period.label}.
            </p>
            <div className="chart-grid">
              <ComparisonBars
                title="Closed within timescale (%)"
                data={
                  bucketBars(r, (b) => b.withinTimescaleShare, true) as BucketBar[] &
                    Record<string, unknown>[]
                }
                category="bucket"
                currentLabel={r.period.label}
                previousLabel={r.previous.period.label}
                unit="%"
                max={100}
              />
              <ComparisonBars
                title="Average working days to respond"
                data={
                  bucketBars(r, (b) => b.averageWorkingDays) as BucketBar[] &
                    Record<string, unknown>[]
                }
                category="bucket"
                currentLabel={r.period.label}
                previousLabel={r.previous.period.label}
              />
              <StackedBars
                title={`Outcomes as a share of each stage's closures (%), ${r.period.label}`}
                data={outcomeBars(r) as unknown as Record<string, unknown>[]}
                category="bucket"
                series={OUTCOME_SERIES}
                unit="%"
                max={100}
                everyLabel
              />
            </div>
            <IndicatorTable report={r} registerLinks={mayOpen(me.role, '/complaints')} />
            <OtherOutcomesTable
              current={r}
              previous={r.previous}
              registerLinks={mayOpen(me.role, '/complaints')}
            />
            <SpsoDecisions
              from={r.period.from}
              to={r.period.to}
              registerLinks={mayOpen(me.role, '/complaints')}
            />
          </div>
        ) : null}
      </QueryState>
      {/* Loaded at once but shown below the indicators once they are: shown first, it would be
          pushed down the screen when they arrive (layout shift). */}
      <div hidden={!r && !error}>
        <SurveyResultsTable today={today} startMonth={startMonth} />
      </div>
    </>
  );
}
