import {
  financialQuarterKey,
  financialQuarterKeyLabel,
  previousFinancialQuarterKey,
} from '@chp/domain';
import { useMe } from '../auth/me-context';
import { mayOpen } from '../auth/roles';
import { SPSO_INDICATORS } from '../indicators/queries';
import type { SpsoIndicatorsQuery, SpsoIndicatorsQueryVariables } from '../generated/graphql';
import { formatAverage, formatCount, formatDate, formatShare, londonToday } from '../lib/format';
import { useFinancialYearStart } from '../lib/financial-year';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { overviewCards, type OverviewCard } from './overview-cards';

import { RootCausePareto, TwoYearTrend } from './OverviewCharts';
import { OverdueActions, QuietAreas } from './OverviewLists';
import { ReviewsDueList, useReviewsDue } from '../restrictions/ReviewsDueList';
import { useMyWork, WorkQueue } from '../work/WorkQueue';

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
  // Quarters of the organisation's financial year (docs/procedure.md, Reporting and publishing).
  const startMonth = useFinancialYearStart();
  const quarter = financialQuarterKey(today, startMonth);
  const previous = previousFinancialQuarterKey(quarter);
  const work = useMyWork();
  const reviews = useReviewsDue();
  const workSettled = Boolean(work.data || work.error);
  const listsAboveSettled =
    workSettled && (!reviews.manager || Boolean(reviews.data || reviews.error));
  return (
    <>
      <h1>Overview</h1>
      <p className="lead">
        {financialQuarterKeyLabel(quarter, startMonth)} so far (to {formatDate(today)}) against{' '}
        {financialQuarterKeyLabel(previous, startMonth)}.
      </p>
      {/* Everything loads at once but shows top down: each part once the lists above it have
          their items, whose number is not known before; a part shown first would jump down. */}
      <WorkQueue />
      <div hidden={!workSettled}>
        <ReviewsDueList />
      </div>
      <div hidden={!listsAboveSettled}>
        <Headline quarter={quarter} />
        <div className="overview-grid">
          <TwoYearTrend today={today} />
          <RootCausePareto today={today} />
          <QuietAreas quarter={previous} />
          <OverdueActions />
        </div>
      </div>
    </>
  );
}

/** `quarter`: a financial quarter key, 'FY2026-Q3'. */
function Headline({ quarter }: { quarter: string }) {
  const me = useMe();
  const register = mayOpen(me.role, '/complaints');
  const { data, loading, error, refetch } = useKeptQuery<
    SpsoIndicatorsQuery,
    SpsoIndicatorsQueryVariables
  >(SPSO_INDICATORS, { period: { financialQuarter: quarter } });
  const r = data?.spsoIndicators;
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
