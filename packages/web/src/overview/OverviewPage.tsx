import {
  financialQuarterKey,
  financialQuarterKeyLabel,
  monthsBefore,
  previousFinancialQuarterKey,
} from '@chp/domain';
import { useMe } from '../auth/me-context';
import { mayOpen } from '../auth/roles';
import type { OverviewQuery, OverviewQueryVariables } from '../generated/graphql';
import { formatAverage, formatCount, formatDate, formatShare, londonToday } from '../lib/format';
import { useFinancialYearStart } from '../lib/financial-year';
import { usePageTitle } from '../lib/page-title';
import type { QueryPart } from '../lib/query-part';
import { Link } from '../lib/router';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { overviewCards, type OverviewCard } from './overview-cards';
import { OVERVIEW } from './queries';

import { RootCausePareto, TwoYearTrend } from './OverviewCharts';
import { OverdueActions, QuietAreas } from './OverviewLists';
import { ReviewsDueList, useReviewsDue } from '../restrictions/ReviewsDueList';
import { WorkQueueList } from '../work/WorkQueue';

function show(card: OverviewCard, which: 'current' | 'previous' | 'lastYear'): string {
  const n = card[which] ?? null;
  return card.kind === 'share'
    ? formatShare(n)
    : card.kind === 'days'
      ? formatAverage(n)
      : formatCount(n);
}

export default function OverviewPage() {
  usePageTitle('Overview');
  const today = londonToday();
  // Quarters of the organisation's financial year (docs/procedure.md, Reporting and publishing).
  const startMonth = useFinancialYearStart();
  const quarter = financialQuarterKey(today, startMonth);
  const previous = previousFinancialQuarterKey(quarter);
  const reviews = useReviewsDue();
  const trendFrom = monthsBefore(today, 23);
  const rootCauseFrom = monthsBefore(today, 11);
  const overview = useKeptQuery<OverviewQuery, OverviewQueryVariables>(OVERVIEW, {
    today,
    trendFrom,
    rootCauseFrom,
    quietPeriod: { financialQuarter: previous },
  });
  const part = <T,>(pick: (d: OverviewQuery) => T): QueryPart<T> => ({
    data: overview.data ? pick(overview.data) : undefined,
    loading: overview.loading,
    error: overview.error,
    refetch: overview.refetch,
  });
  const settled =
    Boolean(overview.data || overview.error) &&
    (!reviews.manager || Boolean(reviews.data || reviews.error));
  const work = part((d) => d.myWork);
  return (
    <>
      <h1>Overview</h1>
      <p className="lead">
        {financialQuarterKeyLabel(quarter, startMonth)} so far (to {formatDate(today)}) against the
        same working days of {financialQuarterKeyLabel(previous, startMonth)} and of the same
        quarter last year.
      </p>
      <WorkQueueList
        work={work.data}
        loading={work.loading}
        error={work.error}
        refetch={work.refetch}
      />
      {/* The rest shows once the answers are in: the lists' lengths are not known before, so a
          part shown earlier would jump down when they arrived (layout shift). */}
      <div hidden={!settled}>
        <ReviewsDueList />
        <Headline quarter={quarter} part={part((d) => d.likeForLikeComparison)} />
        <div className="overview-grid">
          <TwoYearTrend today={today} from={trendFrom} part={part((d) => d.twoYearTrend)} />
          <RootCausePareto today={today} from={rootCauseFrom} part={part((d) => d.rootCauses)} />
          <QuietAreas part={part((d) => d.quietAreas)} />
          <OverdueActions part={part((d) => d.overdueActions)} />
        </div>
      </div>
    </>
  );
}

/**
 * This quarter to date against the same working days of the previous quarter and of the same
 * quarter last year, never a part quarter against a whole one (docs/procedure.md, Reporting and
 * publishing: like-for-like comparisons). `quarter`: a financial quarter key, 'FY2026-Q3'.
 */
function Headline({
  quarter,
  part,
}: {
  quarter: string;
  part: QueryPart<OverviewQuery['likeForLikeComparison']>;
}) {
  const me = useMe();
  const register = mayOpen(me.role, '/complaints');
  const { data: c, loading, error, refetch } = part;
  const r = c ? { ...c.current, previous: c.previousQuarter } : null;
  const options = c
    ? {
        register,
        lastYear: c.sameQuarterLastYear,
        indicatorsPeriod: `financialQuarter:${quarter}`,
      }
    : null;
  return (
    // While the figures load, the section keeps about the room its cards take, so the charts
    // below do not jump down when they arrive (layout shift).
    <section aria-labelledby="headline-heading" className={r ? undefined : 'headline-loading'}>
      <h2 id="headline-heading" className="visually-hidden">
        This quarter against the last
      </h2>
      <QueryState
        loading={loading}
        error={error && !r ? error : null}
        retry={() => void refetch()}
        what="Loading this quarter's figures"
      >
        {r && c && options ? (
          <div data-testid="overview-cards">
            <p className="hint" data-testid="like-for-like">
              {c.partial
                ? `${c.workingDays} working day${c.workingDays === 1 ? '' : 's'} so far, each figure set against the same working days of ${c.previousQuarter.period.label.split(',')[0]} and of ${c.sameQuarterLastYear.period.label.split(',')[0]}.`
                : `${c.quarter.label} against ${c.previousQuarter.period.label} and ${c.sameQuarterLastYear.period.label}.`}
            </p>
            {(
              [
                [
                  'Volumes and timescales',
                  overviewCards(r, options).filter((card) => !card.id.startsWith('outcome-')),
                ],
                [
                  'Outcomes, as a share of all closures',
                  overviewCards(r, options).filter((card) => card.id.startsWith('outcome-')),
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
                          {c.previousQuarter.period.label}: {show(card, 'previous')}
                        </span>
                        <span className="card-previous">
                          {c.sameQuarterLastYear.period.label}: {show(card, 'lastYear')}
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
