import { useMe } from '../auth/me-context';
import { mayOpen } from '../auth/roles';
import type { OverviewQuery } from '../generated/graphql';
import { formatAverage, formatCount } from '../lib/format';
import { Link, queryString } from '../lib/router';
import { DataTable, QueryState } from '../lib/ui';
import type { QueryPart } from '../lib/query-part';

/** Last quarter's quiet service areas (the overview asks for the previous financial quarter). */
export function QuietAreas({ part }: { part: QueryPart<OverviewQuery['quietAreas']> }) {
  const { data: q, loading, error, refetch } = part;
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

export function OverdueActions({ part }: { part: QueryPart<OverviewQuery['overdueActions']> }) {
  const me = useMe();
  const links = mayOpen(me.role, '/actions');
  const { data: o, loading, error, refetch } = part;
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
