import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ROLE_LABELS } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  IssueCalendarFeedMutation,
  IssueCalendarFeedMutationVariables,
  MyCalendarFeedQuery,
  MyCalendarFeedQueryVariables,
  RevokeCalendarFeedMutation,
  RevokeCalendarFeedMutationVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { ISSUE_CALENDAR_FEED, MY_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from './queries';

/**
 * Your profile: who you are, and your private calendar feed (docs/procedure.md, Work queues):
 * an iCal address with your complaints' deadlines and your actions' target dates, shown once,
 * revocable and re-issued here.
 */
export default function ProfilePage() {
  usePageTitle('Your profile');
  const me = useMe();
  return (
    <>
      <h1>Your profile</h1>
      <p className="lead">
        {me.name} · {ROLE_LABELS[me.role]}
      </p>
      <CalendarFeedPanel />
    </>
  );
}

function CalendarFeedPanel() {
  const feed = useKeptQuery<MyCalendarFeedQuery, MyCalendarFeedQueryVariables>(MY_CALENDAR_FEED);
  const refetchQueries = ['MyCalendarFeed'];
  const [issue, issuing] = useMutation<
    IssueCalendarFeedMutation,
    IssueCalendarFeedMutationVariables
  >(ISSUE_CALENDAR_FEED, { refetchQueries });
  const [revoke, revoking] = useMutation<
    RevokeCalendarFeedMutation,
    RevokeCalendarFeedMutationVariables
  >(REVOKE_CALENDAR_FEED, { refetchQueries });
  const issueForm = useFormErrors();
  const revokeForm = useFormErrors();
  const [address, setAddress] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const live = feed.data?.myCalendarFeed;

  async function doIssue() {
    issueForm.clear();
    setRevoked(false);
    try {
      const result = await issue();
      const path = result.data?.issueCalendarFeed.path;
      if (path) setAddress(`${window.location.origin}${path}`);
    } catch (error) {
      issueForm.failFrom(error, []);
    }
  }
  async function doRevoke() {
    revokeForm.clear();
    try {
      await revoke();
      setAddress(null);
      setRevoked(true);
    } catch (error) {
      revokeForm.failFrom(error, []);
    }
  }

  return (
    <section className="panel" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Calendar feed</h2>
      <p>
        A private address your calendar (Outlook, Google, Apple) can subscribe to: your complaints'
        deadlines and your improvement actions' target dates as all-day events. It names complaints
        by reference only. Anyone with the address can read it: revoke it if it is shared by
        mistake.
      </p>
      <QueryState
        loading={feed.loading}
        error={feed.error && !live ? feed.error : null}
        retry={() => void feed.refetch()}
        what="Loading your calendar feed"
      >
        {live ? (
          <p role="status" data-testid="calendar-feed-state">
            {live.active && live.issuedAt
              ? `Your calendar feed is on (address issued ${formatDate(live.issuedAt.slice(0, 10))}).`
              : revoked
                ? 'Your calendar feed is revoked: its address no longer answers.'
                : 'You have no calendar feed.'}
          </p>
        ) : null}
      </QueryState>
      {address ? (
        <div className="field">
          <label htmlFor="calendar-feed-address">Your calendar address (shown only now)</label>
          <input id="calendar-feed-address" type="text" readOnly value={address} size={60} />
        </div>
      ) : null}
      <Form id="issue-calendar-feed" state={issueForm} onSubmit={onSubmitted(doIssue)} level={3}>
        <FormActions
          submit={
            live?.active
              ? 'Issue a new address (the old one stops working)'
              : 'Get a calendar address'
          }
          busy="Issuing…"
          loading={issuing.loading}
        />
      </Form>
      {live?.active ? (
        <Form
          id="revoke-calendar-feed"
          state={revokeForm}
          onSubmit={onSubmitted(doRevoke)}
          level={3}
        >
          <FormActions
            submit="Revoke the calendar feed"
            busy="Revoking…"
            loading={revoking.loading}
            primary={false}
          />
        </Form>
      ) : null}
    </section>
  );
}
