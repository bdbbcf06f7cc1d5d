import { useState } from 'react';
import { useMe } from '../auth/me-context';
import type {
  SpsoRecommendationsQuery,
  SpsoRecommendationsQueryVariables,
} from '../generated/graphql';
import { useKeptQuery } from '../lib/use-kept-query';
import { RecommendationItems } from './RecommendationItems';
import { sortRecommendations } from './recommendation-input';
import { SPSO_RECOMMENDATIONS } from './recommendation-queries';

/**
 * On "My actions": the open SPSO recommendations the viewer owns, to complete with evidence
 * (docs/procedure.md, SPSO recommendations). Owners who may not read complaints have no other
 * place to see them. Nothing is shown when there are none.
 */
export function MyRecommendations() {
  const me = useMe();
  const { data, refetch } = useKeptQuery<
    SpsoRecommendationsQuery,
    SpsoRecommendationsQueryVariables
  >(SPSO_RECOMMENDATIONS, {}, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mine = sortRecommendations(
    (data?.spsoRecommendations ?? []).filter(
      (r) => r.owner.id === me.id && r.status !== 'completed',
    ),
  );
  if (!mine.length && !done) return null;
  return (
    <section aria-labelledby="my-recommendations-heading" className="spso-recommendations">
      <h2 id="my-recommendations-heading">SPSO recommendations you own</h2>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      <RecommendationItems
        items={mine}
        open={open}
        toggle={(id) => {
          setDone(null);
          setOpen(open === id ? null : id);
        }}
        onDone={async (message) => {
          await refetch();
          setOpen(null);
          setDone(message);
        }}
        onCancel={() => setOpen(null)}
        reload={refetch}
        withComplaint
      />
    </section>
  );
}
