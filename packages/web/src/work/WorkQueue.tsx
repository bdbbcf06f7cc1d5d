import { useState } from 'react';
import type { MyWorkQuery, MyWorkQueryVariables } from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePersonTerm } from '../lib/person-term';
import { Link } from '../lib/router';
import { QueryState, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { AgreeExtension } from './AgreeExtension';
import { MY_WORK } from './queries';
import { actionLabel, countLabel, dueText } from './work-labels';

type Item = MyWorkQuery['myWork']['items'][number];

/** Items shown before "Show all". */
const FIRST = 10;

const tone = (u: Item['urgency']) =>
  u === 'overdue' ? 'bad' : u === 'due_today' || u === 'due_soon' ? 'warn' : 'neutral';

/**
 * The signed-in person's work queue (one request however many components ask): its first items,
 * or with `all` every item (`skip` when a page already holds the first items).
 */
export const useMyWork = (all = false, skip = false) =>
  useKeptQuery<MyWorkQuery, MyWorkQueryVariables>(MY_WORK, all ? { first: null } : {}, {
    fetchPolicy: 'cache-and-network',
    skip,
  });

/**
 * The start page's "Waiting for you" (docs/procedure.md, Work queues): counts by kind, then the
 * items most urgent first, each with its due date in working days and a link. Managers agree a
 * requested extension from here.
 */
export function WorkQueue() {
  const { data, loading, error, refetch } = useMyWork();
  return <WorkQueueList work={data?.myWork} loading={loading} error={error} refetch={refetch} />;
}

/** "Waiting for you" from a queue already asked for (the overview asks with its other figures). */
export function WorkQueueList({
  work,
  loading,
  error,
  refetch,
}: {
  work: MyWorkQuery['myWork'] | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}) {
  const { term } = usePersonTerm();
  const [all, setAll] = useState(false);
  // "Show all" asks for every item; until they come, the first ones stay on screen
  const every = useMyWork(true, !all);
  const items = (all ? every.data?.myWork.items : undefined) ?? work?.items ?? [];
  const shown = all ? items : items.slice(0, FIRST);
  // after agreeing an extension, the list on screen is asked again too: with "Show all" open it
  // is the every-item query, and the first items alone would leave the agreed request showing
  const reload = () => Promise.all([refetch(), all ? every.refetch() : undefined]);
  return (
    <section aria-labelledby="work-queue-heading" data-testid="work-queue" className="work-queue">
      <h2 id="work-queue-heading">Waiting for you{work ? ` (${work.total})` : ''}</h2>
      <QueryState
        loading={loading && !work}
        error={error && !work ? error : null}
        retry={() => void refetch()}
        what="Loading what waits for you"
      >
        {work ? (
          work.total === 0 ? (
            <p className="empty">Nothing waits for you today.</p>
          ) : (
            <>
              <ul className="work-counts" data-testid="work-counts">
                {work.counts.map((c) => (
                  <li key={c.kind}>{countLabel(c.kind, c.count, term)}</li>
                ))}
              </ul>
              <ol className="work-items">
                {shown.map((item) => (
                  <WorkItemRow key={itemKey(item)} item={item} reload={reload} />
                ))}
              </ol>
              {work.total > FIRST ? (
                <button type="button" className="link-button" onClick={() => setAll(!all)}>
                  {all ? `Show the first ${FIRST}` : `Show all ${work.total}`}
                </button>
              ) : null}
            </>
          )
        ) : null}
      </QueryState>
    </section>
  );
}

const itemKey = (i: Item) =>
  `${i.kind}-${i.requestId ?? i.complaintId ?? i.actionId ?? i.publicationId ?? i.link}`;

function WorkItemRow({ item, reload }: { item: Item; reload: () => Promise<unknown> }) {
  const { term } = usePersonTerm();
  const what = item.reference ?? item.title ?? '';
  return (
    <li className="work-item">
      <Link to={item.link}>
        {actionLabel(item.kind, term)}: {what}
      </Link>{' '}
      <Tag tone={tone(item.urgency)}>{dueText(item.urgency, item.workingDaysLeft)}</Tag>
      {item.supportNeeds ? (
        <>
          {' '}
          <Tag tone="warn">Support needs</Tag>
        </>
      ) : null}
      {item.dueOn ? <span className="hint"> by {formatDate(item.dueOn)}</span> : null}
      {item.kind === 'approve_extension' &&
      item.complaintId &&
      item.complaintVersion !== null &&
      item.requestedDueOn &&
      item.requestReason ? (
        <AgreeExtension
          request={{
            complaintId: item.complaintId,
            complaintVersion: item.complaintVersion,
            reference: what,
            requestedDueOn: item.requestedDueOn,
            requestReason: item.requestReason,
          }}
          reload={reload}
        />
      ) : null}
    </li>
  );
}
