import { useState } from 'react';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { Empty, LoadError, Loading, Pager, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { KIND_LABEL, STATUS } from './labels';
import { NewPublicationForm } from './NewPublicationForm';
import { periodKeyLabel } from '@chp/domain';
import { PUBLICATIONS } from './queries';
import type { PublicationsQuery, PublicationsQueryVariables } from '../generated/graphql';

const PAGE_SIZE = 25;

/** Every "you said, we did" and annual report of the organisation, newest period first. */
export default function PublicationsPage() {
  usePageTitle('Publications');
  const [query, setQuery] = useQueryState();
  const [starting, setStarting] = useState(false);
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    PublicationsQuery,
    PublicationsQueryVariables
  >(PUBLICATIONS, {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  return (
    <>
      <div className="page-head">
        <h1>Publications</h1>
        <button
          type="button"
          className="primary"
          aria-expanded={starting}
          onClick={() => setStarting((s) => !s)}
        >
          {starting ? 'Cancel' : 'New publication'}
        </button>
      </div>
      <p className="lead">
        “You said, we did” for each quarter and the annual complaints performance report. A draft is
        checked for personal data, approved by a manager who did not write it, and then published on
        the <a href="/public">public site</a>.
      </p>
      {starting ? <NewPublicationForm onCancel={() => setStarting(false)} /> : null}

      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading ? (
        <Loading what="Loading publications" />
      ) : !data || data.publications.totalCount === 0 ? (
        <Empty>No publications yet. Start one for the last quarter with “New publication”.</Empty>
      ) : (
        <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Publications">
            <table>
              <caption>
                {data.publications.totalCount.toLocaleString('en-GB')} publication
                {data.publications.totalCount === 1 ? '' : 's'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Period</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Written by</th>
                  <th scope="col">Last change</th>
                </tr>
              </thead>
              <tbody>
                {data.publications.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/publications/${p.id}`}>{p.title}</Link>
                    </th>
                    <td>{periodKeyLabel(p.period)}</td>
                    <td>{KIND_LABEL[p.kind]}</td>
                    <td>
                      <Tag tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Tag>
                    </td>
                    <td>{p.author.name}</td>
                    <td>{formatDate(p.publishedAt ?? p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Publications"
            page={page}
            pageSize={PAGE_SIZE}
            total={data.publications.totalCount}
            onPage={(p) => setQuery({ page: p > 1 ? String(p) : null })}
          />
        </div>
      )}
    </>
  );
}
