import { formatDate, formatTime, humanise } from '../lib/format';
import { Link } from '../lib/router';
import { DeadlineTag, SuccessMessage, Tag } from '../lib/ui';
import type { ReactNode } from 'react';
import { ACTION_STEP_LABEL, orderedSteps, STATUS_LABEL } from './action-list';
import { RecurrenceFigures } from './Recurrence';
import { EFFECT_REVIEW_LABEL } from './effect-reviews';
import type { ActionDetail, ActionStep } from './types';

/** The action page as it shows: facts, progress and the next steps' buttons (no queries). */
export function ActionView({
  action: a,
  done,
  open,
  onToggle,
  form,
}: {
  action: ActionDetail;
  /** What the last step did. */
  done: string | null;
  /** The step whose form is open. */
  open: ActionStep | null;
  onToggle: (step: ActionStep) => void;
  /** The open step's form. */
  form: ReactNode;
}) {
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/actions/mine">My actions</Link> › {a.title}
      </p>
      <div className="page-head">
        <h1>{a.title}</h1>
        <p className="tags">
          <Tag tone="neutral">{STATUS_LABEL[a.status]}</Tag>{' '}
          <DeadlineTag status={a.deadlineStatus} />
        </p>
      </div>
      <SuccessMessage message={done} />
      {a.recurrenceFlaggedOn ? (
        <div className="note" role="note">
          <p>
            <strong>Flagged for review on {formatDate(a.recurrenceFlaggedOn)}:</strong> complaints
            with its root causes came back above their level before the action.
          </p>
        </div>
      ) : null}
      <div className="two-col">
        <section aria-labelledby="action-about">
          <h2 id="action-about">The action</h2>
          <p className="pre">{a.description}</p>
          <dl className="facts">
            <dt>Owner</dt>
            <dd>{a.owner.name}</dd>
            <dt>Service area</dt>
            <dd>{a.serviceArea.name}</dd>
            <dt>Target date</dt>
            <dd>{formatDate(a.targetDate)}</dd>
            <dt>Proposed by</dt>
            <dd>{a.proposedBy?.name ?? '—'}</dd>
            <dt>Authorised</dt>
            <dd>
              {a.authorisedOn
                ? `${formatDate(a.authorisedOn)} by ${a.authorisedBy?.name ?? '—'}`
                : 'Not yet'}
            </dd>
            {a.completedOn ? (
              <>
                <dt>Completed</dt>
                <dd>{formatDate(a.completedOn)}</dd>
                <dt>Evidence</dt>
                <dd className="pre">{a.completionEvidence}</dd>
              </>
            ) : null}
            {a.learningShared ? (
              <>
                <dt>Learning shared</dt>
                <dd className="pre">{a.learningShared}</dd>
              </>
            ) : null}
            {a.monitoringUntil ? (
              <>
                <dt>Monitoring until</dt>
                <dd>{formatDate(a.monitoringUntil)}</dd>
              </>
            ) : null}
            {a.effectReviewDate && a.status === 'done' ? (
              <>
                <dt>Effect review</dt>
                <dd>
                  {formatDate(a.effectReviewDate)}
                  {a.effectReviewStatus && a.effectReviewStatus !== 'not_due'
                    ? ` (${EFFECT_REVIEW_LABEL[a.effectReviewStatus]})`
                    : ''}
                </dd>
              </>
            ) : null}
            {a.effectiveness ? (
              <>
                <dt>Effect</dt>
                <dd>
                  {humanise(a.effectiveness)}
                  {a.verifiedOn ? ` (${formatDate(a.verifiedOn)})` : ''}
                  {a.effectivenessNote ? `: ${a.effectivenessNote}` : ''}
                </dd>
              </>
            ) : null}
            {a.cancelledReason ? (
              <>
                <dt>Cancelled because</dt>
                <dd>{a.cancelledReason}</dd>
              </>
            ) : null}
            <dt>Root causes</dt>
            <dd>{a.rootCauses.length ? a.rootCauses.map((r) => r.name).join(', ') : 'None'}</dd>
            {a.complaints ? (
              <>
                <dt>Complaints</dt>
                <dd>
                  {a.complaints.length
                    ? a.complaints.map((c, i) => (
                        <span key={c.id}>
                          {i ? ', ' : ''}
                          <Link to={`/complaints/${c.id}`}>{c.reference}</Link>
                        </span>
                      ))
                    : 'None (from trends)'}
                </dd>
              </>
            ) : null}
            {a.publicSummary ? (
              <>
                <dt>Public summary</dt>
                <dd className="pre">{a.publicSummary}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="action-progress">
          <h2 id="action-progress">Progress</h2>
          {a.progressUpdates.length ? (
            <ol className="journey">
              {a.progressUpdates.map((u) => (
                <li key={u.id}>
                  <p className="journey-when">
                    <time dateTime={u.recordedAt}>{formatDate(u.recordedAt)}</time>{' '}
                    {formatTime(u.recordedAt)}
                  </p>
                  <div>
                    <p className="pre">{u.note}</p>
                    <p className="journey-who">{u.author.name}</p>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p className="empty">No progress recorded yet.</p>
          )}
        </section>
      </div>
      {a.recurrenceByMonth || a.effectFigures ? (
        <section aria-labelledby="action-recurrence">
          <h2 id="action-recurrence">Complaints with its root causes, by month</h2>
          {a.recurrenceByMonth ? (
            <RecurrenceFigures
              figures={a.recurrenceByMonth}
              title={`${a.serviceArea.name}: complaints with its root causes`}
            />
          ) : null}
          {a.effectFigures ? (
            <>
              <h3>Figures recorded with the verification</h3>
              <RecurrenceFigures
                figures={a.effectFigures}
                title="Recorded with the verification"
                chart={false}
              />
            </>
          ) : null}
        </section>
      ) : null}
      {a.allowedSteps.length ? (
        <section aria-labelledby="action-steps" className="no-print">
          <h2 id="action-steps">Next steps</h2>
          <div className="step-buttons">
            {orderedSteps(a.allowedSteps).map((s) => (
              <button
                key={s}
                type="button"
                aria-expanded={open === s}
                className={open === s ? 'selected' : undefined}
                onClick={() => onToggle(s)}
              >
                {ACTION_STEP_LABEL[s]}
              </button>
            ))}
          </div>
          {form}
        </section>
      ) : null}
    </>
  );
}
