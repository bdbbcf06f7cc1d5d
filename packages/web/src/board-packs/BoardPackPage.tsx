import { useState } from 'react';
import type { BoardPackQuery, BoardPackQueryVariables } from '../generated/graphql';
import { formatDate } from '../lib/format';
import { useVersionedMutation } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState, SuccessMessage, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { STATUS } from './labels';
import { NarrativeForm } from './NarrativeForm';
import { SendBackPackForm } from './SendBackPackForm';
import { SentBackNote } from './SentBackNote';
import {
  APPROVE_BOARD_PACK,
  BOARD_PACK,
  REFRESH_BOARD_PACK,
  SUBMIT_BOARD_PACK,
  WITHDRAW_BOARD_PACK,
  boardPackDocxPath,
  boardPackHtmlPath,
} from './queries';

const STEPS = [
  ['refresh', 'edit', 'Refresh the figures', 'Figures computed again from today’s records.'],
  [
    'submit',
    'submit',
    'Send for review',
    'Sent for review. A manager who did not draft it approves it next.',
  ],
  ['approve', 'approve', 'Approve', 'Approved: the pack is frozen. Download it for the board.'],
  ['withdraw', 'withdraw', 'Withdraw', 'Withdrawn: the quarter is free for a new draft.'],
] as const;

/** One board pack: the pack to read and download, the workflow, and the narrative while it may change. */
export default function BoardPackPage({ params }: { params: Record<string, string> }) {
  const { data, loading, error, refetch } = useKeptQuery<BoardPackQuery, BoardPackQueryVariables>(
    BOARD_PACK,
    { id: params['id'] as string },
  );
  const p = data?.boardPack;
  usePageTitle(p ? `Board pack ${p.periodLabel}` : 'Board pack');
  const [done, setDone] = useState<string | null>(null);
  const [sendingBack, setSendingBack] = useState(false);
  const reload = () => refetch();
  const record = p ?? { id: params['id'] as string, version: 0 };
  const options = {
    record,
    fields: [],
    reload,
    reloadOn: ['PUBLICATION_STATUS', 'BOARD_PACK_FROZEN'],
  };
  const mutations = {
    refresh: useVersionedMutation(REFRESH_BOARD_PACK, options),
    submit: useVersionedMutation(SUBMIT_BOARD_PACK, options),
    approve: useVersionedMutation(APPROVE_BOARD_PACK, options),
    withdraw: useVersionedMutation(WITHDRAW_BOARD_PACK, options),
  };
  const changed = (message: string) => setDone(message);
  const failed = Object.values(mutations).find((m) => m.errors.form);

  return (
    <QueryState
      loading={loading}
      error={error && !p ? error : null}
      retry={() => void refetch()}
      what="Loading the board pack"
    >
      {p ? (
        <>
          <p className="breadcrumb no-print">
            <Link to="/board-packs">Board packs</Link> › {p.periodLabel}
          </p>
          <div className="page-head">
            <h1>
              Board pack {p.periodLabel} (edition {p.edition})
            </h1>
            <p className="tags">
              <Tag tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Tag>
            </p>
          </div>
          <SuccessMessage message={done} />
          <SentBackNote status={p.status} comment={p.sentBackComment} at={p.sentBackAt} />
          <dl className="facts">
            <dt>Quarter</dt>
            <dd>
              {formatDate(p.periodFrom)} to {formatDate(p.periodTo)}
            </dd>
            <dt>Figures as at</dt>
            <dd>{formatDate(p.figuresComputedAt)}</dd>
            {p.approvedAt ? (
              <>
                <dt>Approved on</dt>
                <dd>{formatDate(p.approvedAt)}</dd>
              </>
            ) : null}
          </dl>
          <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">Read and download</h2>
            <p className="hint">
              The web page is the pack as the board will read it, with its figures: open it before
              approving. It prints on A4.
            </p>
            <ul>
              <li>
                <a href={boardPackDocxPath(p.id)}>Word document (.docx) for {p.periodLabel}</a>
              </li>
              <li>
                <a href={boardPackHtmlPath(p.id)} target="_blank" rel="noreferrer">
                  Read the pack for {p.periodLabel} as a web page (opens in a new tab)
                </a>
              </li>
            </ul>
          </section>
          {p.allowedSteps.length > 0 || p.status === 'in_review' ? (
            <section aria-labelledby="steps-heading" className="no-print">
              <h2 id="steps-heading">Next step</h2>
              {failed ? (
                <div role="alert" className="error-box">
                  <p>{failed.errors.form}</p>
                </div>
              ) : null}
              {p.status === 'in_review' && p.isAuthor ? (
                <p className="hint">
                  Waiting for a manager who did not draft it to approve it or send it back.
                </p>
              ) : null}
              <div className="step-buttons">
                {STEPS.filter(([, allowed]) => p.allowedSteps.includes(allowed)).map(
                  ([key, , label, message]) => (
                    <button
                      key={key}
                      type="button"
                      className={key === 'withdraw' ? undefined : 'primary'}
                      disabled={mutations[key].loading}
                      onClick={() => void mutations[key].run().then((ok) => ok && changed(message))}
                    >
                      {mutations[key].loading ? `${label}…` : label}
                    </button>
                  ),
                )}
                {p.allowedSteps.includes('sendBack') && !sendingBack ? (
                  <button type="button" onClick={() => setSendingBack(true)}>
                    Send back with comments
                  </button>
                ) : null}
              </div>
              {p.allowedSteps.includes('sendBack') && sendingBack ? (
                <SendBackPackForm
                  pack={p}
                  reload={reload}
                  onSent={() => {
                    setSendingBack(false);
                    changed('Sent back to draft with your comment for the author.');
                  }}
                  onCancel={() => setSendingBack(false)}
                />
              ) : null}
            </section>
          ) : null}
          {p.allowedSteps.includes('edit') ? (
            <NarrativeForm key={p.version} pack={p} reload={reload} onDone={changed} />
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}
