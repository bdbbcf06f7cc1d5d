import { draftsBoardPacks } from '@chp/domain';
import { useState } from 'react';
import { useMe } from '../auth/me-context';
import type { BoardPacksQuery } from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { Empty, LoadError, Loading, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { STATUS } from './labels';
import { NewBoardPackForm } from './NewBoardPackForm';
import { BOARD_PACKS } from './queries';

/** The organisation's quarterly board packs, newest quarter first, and drafting a new one. */
export default function BoardPacksPage() {
  usePageTitle('Board packs');
  const me = useMe();
  const [starting, setStarting] = useState(false);
  const { data, loading, error, refetch } = useKeptQuery<BoardPacksQuery, Record<string, never>>(
    BOARD_PACKS,
    {},
  );
  const packs = data?.boardPacks ?? [];

  return (
    <>
      <div className="page-head">
        <h1>Board packs</h1>
        {draftsBoardPacks(me.role) ? (
          <button
            type="button"
            className="primary"
            aria-expanded={starting}
            onClick={() => setStarting((s) => !s)}
          >
            {starting ? 'Cancel' : 'Draft a board pack'}
          </button>
        ) : null}
      </div>
      <p className="lead">
        One document per quarter for the governing body: the SPSO indicators against the previous
        quarter and the same quarter last year, trends, root causes, actions, learning, serious
        complaints and SPSO decisions, with your commentary. A manager who did not draft it approves
        it; it is then frozen.
      </p>
      {starting ? <NewBoardPackForm onCancel={() => setStarting(false)} /> : null}
      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading ? (
        <Loading what="Loading board packs" />
      ) : packs.length === 0 ? (
        <Empty>No board packs yet.</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Board packs">
          <table>
            <caption>
              {packs.length} board pack{packs.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Edition</th>
                <th scope="col">Status</th>
                <th scope="col">Figures as at</th>
                <th scope="col">Approved on</th>
              </tr>
            </thead>
            <tbody>
              {packs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/board-packs/${p.id}`}>{p.periodLabel}</Link>
                  </th>
                  <td>{p.edition}</td>
                  <td>
                    <Tag tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Tag>
                  </td>
                  <td>{formatDate(p.figuresComputedAt)}</td>
                  <td>{p.approvedAt ? formatDate(p.approvedAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
