import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  describeTotal,
  handlesComplaints,
  importsComplaints,
  seesPersonalData,
  totalQualifier,
} from '@chp/domain';
import { useMe } from '../auth/me-context';
import { CustomerSideMarkers } from './CustomerSideMarkers';
import type {
  RegisterQuery,
  RegisterQueryVariables,
  RegisterSort,
  ServiceAreasQuery,
  ServiceAreasQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { DeadlineTag, Empty, LoadError, Loading, Pager, Select } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { REGISTER, SERVICE_AREAS } from './queries';
import { OUTCOMES, STATUSES } from './labels';
import { RecordComplaintForm } from './RecordComplaintForm';
import { registerRow } from './register-rows';
import {
  anyFilter as narrows,
  ariaSort,
  closureFilterText,
  filtersFrom,
  nextSort,
  PAGE_SIZE,
  registerVariables,
} from './register-filters';
import { usePersonTerm } from '../lib/person-term';
import { registerDownloadUrl } from '../exports/downloads';

// The deadline status comes straight after the reference, so a phone (375 px) shows it without
// scrolling the table sideways.
const COLUMNS: [RegisterSort, string][] = [
  ['reference', 'Reference'],
  ['status', 'Deadline'],
  ['due', 'Due'],
  ['received', 'Received'],
  ['service_area', 'Service area'],
  ['stage', 'Stage'],
];

export default function RegisterPage() {
  const { term } = usePersonTerm();
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
  >(REGISTER, { ...registerVariables(filters), personal: seesPersonalData(me.role) });

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ search: search.trim() || null });
  };
  const anyFilter = narrows(filters);
  /** The same list, all complaints or only the caseload. */
  const withMine = (mine: boolean) => {
    const next = new URLSearchParams(query);
    next.delete('page');
    if (mine) next.set('mine', '1');
    else next.delete('mine');
    const text = next.toString();
    return `/complaints${text ? `?${text}` : ''}`;
  };
  const closure = closureFilterText(filters);

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
        {importsComplaints(me.role) ? <Link to="/imports">Import complaints</Link> : null}
      </div>
      {recording ? (
        <RecordComplaintForm
          serviceAreas={(areas.data?.serviceAreas ?? []).filter((a) => a.active)}
          onCancel={() => setRecording(false)}
        />
      ) : null}

      <nav aria-label="Which complaints" className="tabs no-print">
        <Link to={withMine(false)} aria-current={filters.mine ? undefined : 'page'}>
          All complaints
        </Link>
        <Link to={withMine(true)} aria-current={filters.mine ? 'page' : undefined}>
          My caseload
        </Link>
      </nav>

      <section aria-labelledby="filters-heading" className="filters no-print">
        <h2 id="filters-heading" className="visually-hidden">
          Search and filters
        </h2>
        <form role="search" onSubmit={submitSearch} className="search-form">
          <label htmlFor="register-search">Search</label>
          <input
            id="register-search"
            type="search"
            aria-describedby="register-search-hint"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit">Search</button>
          <p id="register-search-hint" className="hint">
            A reference (its start, e.g. CMP-2026-), or words of the {term}&apos;s name, postcode or
            e-mail or of the summary (the last word may be just its start, e.g. Doch)
          </p>
        </form>
        {closure ? (
          <p className="active-filter">Showing the complaints an indicator counts: {closure}.</p>
        ) : null}
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
          <Select
            label="Serious"
            value={filters.serious}
            onChange={(v) => setQuery({ serious: v })}
            options={[
              ['', 'Any'],
              ['stage1', 'Serious, kept at stage 1'],
            ]}
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
            <Link
              to={filters.mine ? '/complaints?mine=1' : '/complaints'}
              className="clear-filters"
              onClick={() => setSearch('')}
            >
              Clear filters
            </Link>
          ) : null}
        </div>
      </section>

      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading ? (
        <Loading what="Loading complaints" />
      ) : !data || data.complaints.total.count === 0 ? (
        <Empty>
          {anyFilter
            ? 'No complaints match these filters.'
            : filters.mine
              ? 'You handle no complaints.'
              : 'No complaints have been recorded yet.'}
        </Empty>
      ) : (
        <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
          <p className="no-print register-downloads">
            <a href={registerDownloadUrl(filters, 'csv')} download>
              Download CSV
            </a>{' '}
            ·{' '}
            <a href={registerDownloadUrl(filters, 'xlsx')} download>
              Download Excel
            </a>{' '}
            <span className="hint">every page of this list, with these filters and order</span>
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Complaints register">
            <table className="register">
              <caption>
                {describeTotal(data.complaints.total)}
                {filters.mine ? ' in your caseload' : ''}
                {anyFilter ? ' matching the filters' : ''}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map(([column, label]) => (
                    <th key={column} scope="col" aria-sort={ariaSort(filters, column)}>
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => setQuery(nextSort(filters, column))}
                      >
                        {label}
                        <span aria-hidden="true">
                          {
                            { ascending: ' ▲', descending: ' ▼', none: '' }[
                              ariaSort(filters, column)
                            ]
                          }
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.complaints.items.map(registerRow).map((row, i) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link to={`/complaints/${row.id}`}>{row.reference}</Link>
                      <CustomerSideMarkers
                        anonymous={data.complaints.items[i]?.anonymous}
                        supportNeeds={data.complaints.items[i]?.hasSupportNeeds}
                      />
                    </th>
                    <td>
                      <DeadlineTag status={row.status} />
                    </td>
                    <td>
                      {row.otherOutcome
                        ? row.otherOutcome
                        : row.closedOn
                          ? `Closed ${formatDate(row.closedOn)}`
                          : row.dueOn
                            ? formatDate(row.dueOn)
                            : '—'}
                    </td>
                    <td>{formatDate(row.receivedAt)}</td>
                    <td>{row.serviceArea}</td>
                    <td>{row.stage}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Complaints"
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={data.complaints.total.count}
            qualifier={totalQualifier(data.complaints.total)}
            more={data.complaints.items.length === PAGE_SIZE}
            onPage={(page) => setQuery({ page: page > 1 ? String(page) : null })}
          />
        </div>
      )}
    </>
  );
}
