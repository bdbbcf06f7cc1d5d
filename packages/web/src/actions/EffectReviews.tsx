import { useQuery } from '@apollo/client/react';
import type { EffectReviewsQuery, EffectReviewsQueryVariables } from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { Tag } from '../lib/ui';
import { EFFECT_REVIEW_LABEL } from './effect-reviews';
import { EFFECT_REVIEWS } from './queries';

/**
 * Done actions whose effect review is due within 30 days or overdue, each list shown only when
 * it has actions (docs/procedure.md, Recurrence after an improvement action). Staff see their own.
 */
export function EffectReviews() {
  return (
    <>
      <EffectReviewList list="overdue" title="Effect reviews overdue" />
      <EffectReviewList list="due" title="Effect reviews due within 30 days" />
    </>
  );
}

function EffectReviewList({ list, title }: { list: 'due' | 'overdue'; title: string }) {
  const { data } = useQuery<EffectReviewsQuery, EffectReviewsQueryVariables>(EFFECT_REVIEWS, {
    variables: { list: list },
  });
  const page = data?.effectReviews;
  if (!page || page.totalCount === 0) return null;
  const id = `effect-reviews-${list}`;
  return (
    <section aria-labelledby={id} className="effect-reviews">
      <h2 id={id}>
        {title} ({page.totalCount})
      </h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
        <table>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Completed</th>
              <th scope="col">Effect review</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/actions/${a.id}`}>{a.title}</Link>
                  {a.recurrenceFlaggedOn ? (
                    <>
                      {' '}
                      <Tag tone="bad">Cause came back</Tag>
                    </>
                  ) : null}
                </th>
                <td>{a.completedOn ? formatDate(a.completedOn) : '—'}</td>
                <td>
                  {a.effectReviewDate ? formatDate(a.effectReviewDate) : '—'}
                  {a.effectReviewStatus === 'overdue_over_a_year' ? (
                    <>
                      {' '}
                      <Tag tone="bad">{EFFECT_REVIEW_LABEL.overdue_over_a_year}</Tag>
                    </>
                  ) : null}
                </td>
                <td>{a.owner.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
