import { useState } from 'react';
import { decidesRestrictions, proposesRestrictions } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  ComplaintRestrictionsQuery,
  ComplaintRestrictionsQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePersonTerm } from '../lib/person-term';
import { Link } from '../lib/router';
import { QueryState, Tag, type Tone } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { ApproveRestrictionForm, DeclineRestrictionForm } from './DecisionForms';
import { ProposeRestrictionForm } from './ProposeRestrictionForm';
import { COMPLAINT_RESTRICTIONS } from './queries';
import { KIND_LABELS, REVIEW_STATE_LABELS, STATUS_LABELS } from './restriction-input';
import { ReviewRestrictionForm } from './ReviewRestrictionForm';
import type { Restriction } from './types';

type Open = { id: string; form: 'approve' | 'decline' | 'review' } | 'propose' | null;

const REVIEW_TONE: Record<string, Tone> = { overdue: 'bad', due: 'warn', scheduled: 'neutral' };

/**
 * The customer's contact restrictions on a complaint's page (Part 1 §12–13): every restriction of
 * the same person, from any of their complaints; handlers propose one, managers approve, decline
 * and review. Shown only to those who may read it; the complaint's steps are never blocked.
 */
export function RestrictionsPanel({ complaintId }: { complaintId: string }) {
  const me = useMe();
  const { term, Term } = usePersonTerm();
  const { data, loading, error, refetch } = useKeptQuery<
    ComplaintRestrictionsQuery,
    ComplaintRestrictionsQueryVariables
  >(
    COMPLAINT_RESTRICTIONS,
    { id: complaintId },
    { skip: !proposesRestrictions(me.role), fetchPolicy: 'cache-and-network' },
  );
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!proposesRestrictions(me.role)) return null;
  const restrictions = data?.complaint.contactRestrictions ?? [];
  const onDone = async (message: string) => {
    await refetch();
    setOpen(null);
    setDone(message);
  };
  const formProps = (r: Restriction) => ({
    restriction: r,
    onDone,
    onCancel: () => setOpen(null),
    reload: refetch,
  });
  const isOpen = (r: Restriction, form: 'approve' | 'decline' | 'review') =>
    open !== null && open !== 'propose' && open.id === r.id && open.form === form;
  const toggle = (r: Restriction, form: 'approve' | 'decline' | 'review') => {
    setDone(null);
    setOpen(isOpen(r, form) ? null : { id: r.id, form });
  };
  const manager = decidesRestrictions(me.role);
  return (
    <section aria-labelledby="restrictions-heading" className="restrictions">
      <div className="page-head">
        <h2 id="restrictions-heading">Contact restrictions</h2>
        <button
          type="button"
          className="no-print"
          aria-expanded={open === 'propose'}
          onClick={() => {
            setDone(null);
            setOpen(open === 'propose' ? null : 'propose');
          }}
        >
          {open === 'propose' ? 'Cancel proposing' : 'Propose a restriction'}
        </button>
      </div>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {open === 'propose' ? (
        <ProposeRestrictionForm
          complaintId={complaintId}
          onDone={onDone}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <QueryState
        loading={loading && !data}
        error={error && !data ? error : null}
        retry={() => void refetch()}
        what="Loading contact restrictions"
      >
        {restrictions.length === 0 ? (
          <p className="empty">No contact restrictions for this {term}.</p>
        ) : (
          <ul className="restriction-list">
            {restrictions.map((r) => (
              <li key={r.id} data-testid="restriction">
                <p>
                  <strong>{KIND_LABELS[r.kind]}</strong>: {r.details}{' '}
                  <Tag tone={r.status === 'in_force' ? 'warn' : 'neutral'}>
                    {STATUS_LABELS[r.status]}
                  </Tag>{' '}
                  {REVIEW_STATE_LABELS[r.reviewState] ? (
                    <Tag tone={REVIEW_TONE[r.reviewState] ?? 'neutral'}>
                      {REVIEW_STATE_LABELS[r.reviewState]}
                    </Tag>
                  ) : null}
                </p>
                <p className="hint">Reason: {r.reason}</p>
                <p className="hint">
                  Proposed {formatDate(r.proposedOn)}
                  {r.proposedBy ? ` by ${r.proposedBy.name}` : ''}
                  {r.complaint && r.complaint.id !== complaintId ? (
                    <>
                      {' '}
                      on <Link to={`/complaints/${r.complaint.id}`}>{r.complaint.reference}</Link>
                    </>
                  ) : null}
                  .{' '}
                  {r.status === 'in_force' || r.status === 'proposed'
                    ? `Review by ${formatDate(r.reviewOn)}.`
                    : null}
                  {r.customerToldOn
                    ? ` ${Term} told on ${formatDate(r.customerToldOn)} of the right to a review and of the SPSO.`
                    : null}
                </p>
                {r.decisionNote ? <p className="hint">Last decision: {r.decisionNote}</p> : null}
                {manager ? (
                  <div className="step-buttons no-print">
                    {r.status === 'proposed' && r.proposedBy?.id !== me.id ? (
                      <button
                        type="button"
                        aria-expanded={isOpen(r, 'approve')}
                        onClick={() => toggle(r, 'approve')}
                      >
                        Approve
                      </button>
                    ) : null}
                    {r.status === 'proposed' ? (
                      <button
                        type="button"
                        aria-expanded={isOpen(r, 'decline')}
                        onClick={() => toggle(r, 'decline')}
                      >
                        Decline
                      </button>
                    ) : null}
                    {r.status === 'in_force' ? (
                      <button
                        type="button"
                        aria-expanded={isOpen(r, 'review')}
                        onClick={() => toggle(r, 'review')}
                      >
                        Review
                      </button>
                    ) : null}
                  </div>
                ) : null}
                {isOpen(r, 'approve') ? <ApproveRestrictionForm {...formProps(r)} /> : null}
                {isOpen(r, 'decline') ? <DeclineRestrictionForm {...formProps(r)} /> : null}
                {isOpen(r, 'review') ? <ReviewRestrictionForm {...formProps(r)} /> : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
