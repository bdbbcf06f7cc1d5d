import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { OutboxQuery, OutboxQueryVariables } from '../generated/graphql';
import { formatDate } from '../lib/format-date';
import { formatTime } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { Pager, QueryState, Tag } from '../lib/ui';
import { MailSettingsForm } from './MailSettingsForm';
import { OUTBOX } from './queries';

type Message = OutboxQuery['outbox']['items'][number];
const PAGE_SIZE = 25;

const STATUS: Record<Message['status'], { label: string; tone: 'good' | 'warn' | 'neutral' }> = {
  pending: { label: 'Waiting to be sent', tone: 'warn' },
  held: { label: 'Held for the daily summary', tone: 'neutral' },
  summarised: { label: 'Sent in a daily summary', tone: 'good' },
  sent: { label: 'Sent', tone: 'good' },
};

const when = (instant: string) => `${formatDate(instant.slice(0, 10))} ${formatTime(instant)}`;

function OutboxMessage({ message }: { message: Message }) {
  const status = STATUS[message.status];
  return (
    <li className="panel">
      <h3>{message.subject}</h3>
      <p>
        To {message.to} · <Tag tone={status.tone}>{status.label}</Tag>{' '}
        {message.status === 'sent' && message.sentAt
          ? `on ${when(message.sentAt)}`
          : message.status === 'pending'
            ? `from ${when(message.sendAfter)}`
            : null}
        {message.attempts > 0 && message.status === 'pending'
          ? ` (${message.attempts} failed attempts: ${message.lastError ?? ''})`
          : null}
      </p>
      <details>
        <summary>The message</summary>
        <pre className="pre">{message.text}</pre>
      </details>
    </li>
  );
}

/**
 * The outbox, for the administrator: every reminder and digest as it is sent or, on a server
 * without SMTP_URL, as it would be (docs/procedure.md, Reminders and e-mail).
 */
export default function OutboxPage() {
  usePageTitle('Outbox');
  const [page, setPage] = useState(1);
  const query = useQuery<OutboxQuery, OutboxQueryVariables>(OUTBOX, {
    variables: { offset: (page - 1) * PAGE_SIZE },
  });
  const data = query.data;
  return (
    <>
      <h1>Outbox</h1>
      <p>
        Reminders go to action owners and approvers, and the weekly digest to senior managers, on
        working days within the hours below. Each person chooses theirs on{' '}
        <Link to="/notifications">their notifications page</Link>.
      </p>
      <QueryState loading={query.loading && !data} error={query.error} what="Loading the outbox">
        {data ? (
          <>
            {data.mailSettings.smtpConfigured ? null : (
              <p className="note" role="note">
                This server has no SMTP server configured (SMTP_URL), so nothing is sent: each
                message stays here as it would be sent.
              </p>
            )}
            <h2>Messages</h2>
            {data.outbox.items.length === 0 ? (
              <p>No messages yet.</p>
            ) : (
              <ul className="messages" aria-label="Messages, newest first">
                {data.outbox.items.map((m) => (
                  <OutboxMessage key={m.id} message={m} />
                ))}
              </ul>
            )}
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.outbox.totalCount}
              onPage={setPage}
              label="Messages"
            />
            <MailSettingsForm
              key={data.mailSettings.version}
              settings={data.mailSettings}
              reload={query.refetch}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
