import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { handlesComplaints } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  ComplaintStatus,
  DeadlineFilter,
  RegisterQuery,
  RegisterQueryVariables,
  ServiceAreasQuery,
  ServiceAreasQueryVariables,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { DeadlineTag, Empty, LoadError, Loading, Pager, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { REGISTER, SERVICE_AREAS } from './queries';
import { OUTCOMES, STATUSES } from './labels';
import { RecordComplaintForm } from './RecordComplaintForm';
import { registerRow } from './register-rows';

const PAGE_SIZE = 25;

export interface RegisterFilters {
  search: string;
  status: string;
  stage: string;
  serviceAreaId: string;
  deadline: string;
  outcome: string;
  receivedFrom: string;
  receivedTo: string;
  page: number;
}

/** The register's filters from the address, so every filtered list has a link. */
export function filtersFrom(query: URLSearchParams): RegisterFilters {
  const page = Number(query.get('page') ?? '1');
  return {
    search: query.get('search') ?? '',
    status: query.get('status') ?? '',
    stage: query.get('stage') ?? '',
    serviceAreaId: query.get('serviceArea') ?? '',
    deadline: query.get('deadline') ?? '',
    outcome: query.get('outcome') ?? '',
    receivedFrom: query.get('from') ?? '',
    receivedTo: query.get('to') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The API's variables for those filters (empty ones left out). */
export function registerVariables(f: RegisterFilters): RegisterQueryVariables {
  return {
    search: f.search.trim() || undefined,
    status: oneOf<ComplaintStatus>(
      STATUSES.map(([s]) => s),
      f.status,
    ),
    stage: f.stage ? Number(f.stage) : undefined,
    serviceAreaId: f.serviceAreaId || undefined,
    deadline: oneOf<DeadlineFilter>(['overdue', 'due_soon'], f.deadline),
    outcome: oneOf(
      OUTCOMES.map(([v]) => v),
      f.outcome,
    ),
    receivedFrom: f.receivedFrom || undefined,
    receivedTo: f.receivedTo || undefined,
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}

export default function RegisterPage() {
  usePageTitle('Complaints');
  const me = useMe();
  const [query, setQuery] = useQueryState();
  const filters = filtersFrom(query);
  const [search, setSearch] = useState(filters.search);
  const [recording, setRecording] = useState(false);
  const areas = useQuery<ServiceAreasQuery, ServiceAreasQueryVariables>(SERVICE_AREAS);
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    RegisterQuery,
    RegisterQueryVariables
  >(REGISTER, registerVariables(filters));

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ search: search.trim() || null });
  };
  const anyFilter = Object.entries(filters).some(([k, v]) => k !== 'page' && v !== '');

  return (
    <>
      <div className="page-head">
        <h1>Complaints</h1>
        {handlesComplaints(me.role) ? (
          <button
            type="button"
            className="primary"
            aria-expanded={recording}
            onClick={() => setRecording((r) => !r)}
          >
            {recording ? 'Cancel recording' : 'Record a complaint'}
          </button>
        ) : null}
      </div>
      {recording ? (
        <RecordComplaintForm
          serviceAreas={(areas.data?.serviceAreas ?? []).filter((a) => a.active)}
          onCancel={() => setRecording(false)}
        />
      ) : null}

      <section aria-labelledby="filters-heading" className="filters no-print">
        <h2 id="filters-heading" className="visually-hidden">
          Search and filters
        </h2>
        <form role="search" onSubmit={submitSearch} className="search-form">
          <label htmlFor="register-search">Reference</label>
          <input
            id="register-search"
            type="search"
            placeholder="CMP-2026-"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <div className="filter-row">
          <Select
            label="Status"
            value={filters.status}
            onChange={(v) => setQuery({ status: v })}
            options={[['', 'Any'], ...STATUSES]}
          />
          <Select
            label="Stage"
            value={filters.stage}
            onChange={(v) => setQuery({ stage: v })}
            options={[
              ['', 'Any'],
              ['1', 'Stage 1'],
              ['2', 'Stage 2'],
            ]}
          />
          <Select
            label="Service area"
            value={filters.serviceAreaId}
            onChange={(v) => setQuery({ serviceArea: v })}
            options={[
              ['', 'Any'],
              ...(areas.data?.serviceAreas ?? []).map((a) => [a.id, a.name] as [string, string]),
            ]}
          />
          <Select
            label="Deadline"
            value={filters.deadline}
            onChange={(v) => setQuery({ deadline: v })}
            options={[
              ['', 'Any'],
              ['overdue', 'Overdue'],
              ['due_soon', 'Due soon'],
            ]}
          />
          <Select
            label="Outcome"
            value={filters.outcome}
            onChange={(v) => setQuery({ outcome: v })}
            options={[['', 'Any'], ...OUTCOMES]}
          />
          <div className="field">
            <label htmlFor="register-from">Received from</label>
            <input
              id="register-from"
              type="date"
              value={filters.receivedFrom}
              onChange={(e) => setQuery({ from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="register-to">Received to</label>
            <input
              id="register-to"
              type="date"
              value={filters.receivedTo}
              onChange={(e) => setQuery({ to: e.target.value })}
            />
          </div>
          {anyFilter ? (
            <Link to="/complaints" className="clear-filters" onClick={() => setSearch('')}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </section>

      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading ? (
        <Loading what="Loading complaints" />
      ) : !data || data.complaints.totalCount === 0 ? (
        <Empty>
          {anyFilter
            ? 'No complaints match these filters.'
            : 'No complaints have been recorded yet.'}
        </Empty>
      ) : (
        <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Complaints register">
            <table className="register">
              <caption>
                {data.complaints.totalCount.toLocaleString('en-GB')} complaint
                {data.complaints.totalCount === 1 ? '' : 's'}
                {anyFilter ? ' matching the filters' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Received</th>
                  <th scope="col">Service area</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Due</th>
                  <th scope="col">Deadline</th>
                </tr>
              </thead>
              <tbody>
                {data.complaints.items.map(registerRow).map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link to={`/complaints/${row.id}`}>{row.reference}</Link>
                    </th>
                    <td>{formatDate(row.receivedAt)}</td>
                    <td>{row.serviceArea}</td>
                    <td>{row.stage}</td>
                    <td>
                      {row.otherOutcome
                        ? row.otherOutcome
                        : row.closedOn
                          ? `Closed ${formatDate(row.closedOn)}`
                          : row.dueOn
                            ? formatDate(row.dueOn)
                            : '—'}
                    </td>
                    <td>
                      <DeadlineTag status={row.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Complaints"
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={data.complaints.totalCount}
            onPage={(page) => setQuery({ page: page > 1 ? String(page) : null })}
          />
        </div>
      )}
    </>
  );
}
