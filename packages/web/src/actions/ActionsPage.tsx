import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useMe } from '../auth/me-context';
import { handlesComplaints, importsComplaints, isManager } from '@chp/domain';
import { SERVICE_AREAS } from '../complaints/queries';
import { formatDate } from '../lib/format';
import type {
  ActionsQuery,
  ActionsQueryVariables,
  ImprovementActionFilter,
  PeopleQuery,
  PeopleQueryVariables,
  ServiceAreasQuery,
  ServiceAreasQueryVariables,
} from '../generated/graphql';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { DeadlineTag, Empty, LoadError, Loading, Pager, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { sortActions, STATUS_FILTERS, STATUS_LABEL } from './action-list';
import { ProposeActionForm } from './ProposeActionForm';
import { homeFor } from '../auth/roles';
import { WorkQueue } from '../work/WorkQueue';
import { ACTIONS, PEOPLE } from './queries';
import { EffectReviews } from './EffectReviews';
import { MyRecommendations } from '../spso/MyRecommendations';

const PAGE_SIZE = 25;

/** "My actions" (mine) or every action with filters by owner, service area and status. */
export default function ActionsPage({ mine }: { mine: boolean }) {
  usePageTitle(mine ? 'My actions' : 'Improvement actions');
  const me = useMe();
  const [query, setQuery] = useQueryState();
  const [proposing, setProposing] = useState(false);
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const status = query.get('status') ?? (mine ? '' : '');
  const owner = query.get('owner') ?? '';
  const serviceArea = query.get('serviceArea') ?? '';
  const overdue = query.get('overdue') === 'true';
  const areas = useQuery<ServiceAreasQuery, ServiceAreasQueryVariables>(SERVICE_AREAS, {
    skip: mine,
  });
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE, { skip: mine });
  const filter: ImprovementActionFilter = {
    mine: mine || undefined,
    ownerId: !mine && owner ? owner : undefined,
    serviceAreaId: !mine && serviceArea ? serviceArea : undefined,
    status: STATUS_FILTERS[status]?.statuses,
    overdue: overdue || undefined,
  };
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    ActionsQuery,
    ActionsQueryVariables
  >(ACTIONS, {
    filter,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const anyFilter = !!(status || owner || serviceArea || overdue);
  const canPropose = handlesComplaints(me.role);

  return (
    <>
      <div className="page-head">
        <h1>{mine ? 'My actions' : 'Improvement actions'}</h1>
        {canPropose ? (
          <button
            type="button"
            className="primary"
            aria-expanded={proposing}
            onClick={() => setProposing((p) => !p)}
          >
            {proposing ? 'Cancel proposing' : 'Propose an action'}
          </button>
        ) : null}
        {!mine && importsComplaints(me.role) ? (
          <Link to="/imports?kind=actions">Import improvement actions</Link>
        ) : null}
      </div>
      {mine && homeFor(me.role) === '/actions/mine' ? <WorkQueue /> : null}
      {mine ? (
        <p className="lead">The improvement actions you own, overdue first, then by target date.</p>
      ) : null}
      {proposing ? <ProposeActionForm onCancel={() => setProposing(false)} /> : null}
      <EffectReviews />
      {mine ? <MyRecommendations /> : null}

      <section className="filters no-print" aria-label="Filters">
        <div className="filter-row">
          <Select
            label="Status"
            value={status}
            onChange={(v) => setQuery({ status: v })}
            options={Object.entries(STATUS_FILTERS).map(([k, v]) => [k, v.label] as const)}
          />
          {!mine ? (
            <>
              <Select
                label="Owner"
                value={owner}
                onChange={(v) => setQuery({ owner: v })}
                options={[
                  ['', 'Anyone'],
                  ...(people.data?.people.items ?? []).map((p) => [p.id, p.name] as const),
                ]}
              />
              <Select
                label="Service area"
                value={serviceArea}
                onChange={(v) => setQuery({ serviceArea: v })}
                options={[
                  ['', 'Any'],
                  ...(areas.data?.serviceAreas ?? []).map((a) => [a.id, a.name] as const),
                ]}
              />
            </>
          ) : null}
          <label className="inline checkbox">
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setQuery({ overdue: e.target.checked ? 'true' : null })}
            />{' '}
            Overdue only
          </label>
          {anyFilter ? (
            <Link to={mine ? '/actions/mine' : '/actions'} className="clear-filters">
              Clear filters
            </Link>
          ) : null}
        </div>
      </section>

      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading ? (
        <Loading what="Loading actions" />
      ) : !data || data.improvementActions.totalCount === 0 ? (
        <Empty>
          {anyFilter
            ? 'No actions match these filters.'
            : mine
              ? 'You own no improvement actions.'
              : 'No improvement actions yet.'}
        </Empty>
      ) : (
        <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Improvement actions">
            <table className="actions-table">
              <caption>
                {data.improvementActions.totalCount.toLocaleString('en-GB')} action
                {data.improvementActions.totalCount === 1 ? '' : 's'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Target date</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Status</th>
                  {!mine || isManager(me.role) ? <th scope="col">Owner</th> : null}
                  <th scope="col">Service area</th>
                </tr>
              </thead>
              <tbody>
                {sortActions(data.improvementActions.items).map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/actions/${a.id}`}>{a.title}</Link>
                    </th>
                    <td>{formatDate(a.targetDate)}</td>
                    <td>
                      <DeadlineTag status={a.deadlineStatus} />
                    </td>
                    <td>{STATUS_LABEL[a.status]}</td>
                    {!mine || isManager(me.role) ? <td>{a.owner.name}</td> : null}
                    <td>{a.serviceArea.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Actions"
            page={page}
            pageSize={PAGE_SIZE}
            total={data.improvementActions.totalCount}
            onPage={(p) => setQuery({ page: p > 1 ? String(p) : null })}
          />
        </div>
      )}
    </>
  );
}
