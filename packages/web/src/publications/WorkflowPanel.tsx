import { useState } from 'react';
import { useMe } from '../auth/me-context';
import { Field, Form, FormActions, onSubmitted } from '../lib/forms';
import { Link } from '../lib/router';
import { ConfirmStep } from './ConfirmStep';
import { approvalNote, maySendBack, STEP_LABEL, workflowSteps, type WorkflowStep } from './labels';
import { PersonalDataFindings } from './PersonalDataFindings';
import { APPROVE, PUBLISH, SUBMIT, WITHDRAW } from './queries';
import type { PublicationDetail } from './types';
import { usePublicationMutation } from './use-publication-mutation';

const DONE: Record<WorkflowStep, string> = {
  submit: 'Sent for review. A manager who did not write it approves it next.',
  approve: 'Approved: the headline figures are frozen. It can be published now.',
  publish: 'Published: it is on the public site.',
  withdraw: 'Withdrawn.',
};

/**
 * Send for review, approve, publish or withdraw: the steps the status allows and the person's
 * role may take. Approving (and sending back) happens on the preview of the public page, so the
 * approver sees what they approve (docs/procedure.md, Reporting and publishing: review); publish
 * and withdraw ask for confirmation.
 */
export function WorkflowPanel({
  publication,
  reload,
  onDone,
}: {
  publication: PublicationDetail;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
}) {
  const me = useMe();
  const isAuthor = publication.author.id === me.id;
  const isLastEditor = publication.lastEditedBy.id === me.id;
  const steps = workflowSteps(publication.allowedSteps, me.role, isAuthor, isLastEditor);
  const note = approvalNote(publication.allowedSteps, me.role, isAuthor, isLastEditor);
  const reviews =
    steps.includes('approve') || maySendBack(publication.allowedSteps, me.role, isAuthor);
  const previewPath = `/publications/${publication.id}/preview`;
  const submit = usePublicationMutation(SUBMIT, publication, [], reload);
  const approve = usePublicationMutation(APPROVE, publication, [], reload);
  const publish = usePublicationMutation(PUBLISH, publication, [], reload);
  const withdraw = usePublicationMutation(WITHDRAW, publication, ['reason'], reload);
  const byStep = { submit, approve, publish, withdraw };
  const [withdrawing, setWithdrawing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<WorkflowStep | null>(null);

  const inReview = publication.status === 'in_review';
  const previewLink = inReview ? (
    <Link to={previewPath} className={reviews ? 'primary-link' : undefined}>
      {steps.includes('approve') ? 'Preview and approve' : 'Preview the public page'}
    </Link>
  ) : null;
  if (steps.length === 0) {
    return inReview && (isAuthor || note) ? (
      <section aria-labelledby="workflow-heading" className="no-print">
        <h2 id="workflow-heading">Next step</h2>
        <p className="hint">
          {note ?? 'Waiting for a manager who did not write it to approve it.'}
        </p>
        <p>{previewLink}</p>
      </section>
    ) : null;
  }

  async function take(step: WorkflowStep, variables: Record<string, unknown> = {}) {
    setLast(step);
    if (await byStep[step].run(variables)) onDone(DONE[step]);
  }

  async function confirmWithdraw() {
    if (withdraw.check(reason.trim() ? {} : { reason: 'Give the reason.' })) return;
    await take('withdraw', { reason: reason.trim() });
  }

  // the withdraw form shows its own errors
  const failed = last && last !== 'withdraw' ? byStep[last] : null;
  return (
    <section aria-labelledby="workflow-heading" className="no-print">
      <h2 id="workflow-heading">Next step</h2>
      {failed?.errors.form ? (
        <div role="alert" className="error-box">
          <p>
            {failed.findings.length
              ? `Not ${last === 'approve' ? 'approved' : 'sent for review'}: the personal-data check found something that must not be published.`
              : failed.errors.form}
          </p>
          {failed.findings.length ? <PersonalDataFindings findings={failed.findings} /> : null}
        </div>
      ) : null}
      {note ? <p className="hint">{note}</p> : null}
      <div className="step-buttons">
        {previewLink}
        {steps.map((s) =>
          s === 'approve' ? null : s === 'publish' ? (
            <button
              key={s}
              type="button"
              className="primary"
              aria-expanded={publishing}
              onClick={() => setPublishing((v) => !v)}
            >
              {STEP_LABEL[s]}
            </button>
          ) : s === 'withdraw' ? (
            <button
              key={s}
              type="button"
              aria-expanded={withdrawing}
              onClick={() => setWithdrawing((w) => !w)}
            >
              {STEP_LABEL[s]}
            </button>
          ) : (
            <button
              key={s}
              type="button"
              className="primary"
              disabled={byStep[s].loading}
              onClick={() => void take(s)}
            >
              {byStep[s].loading ? `${STEP_LABEL[s]}…` : STEP_LABEL[s]}
            </button>
          ),
        )}
      </div>
      {publishing ? (
        <ConfirmStep
          id="confirm-publish"
          question="Publish it on the public site?"
          confirm="Yes, publish it"
          busy="Publishing…"
          loading={publish.loading}
          onConfirm={() => void take('publish')}
          onCancel={() => setPublishing(false)}
        >
          <p>
            Anyone can read it once it is published. The figures were fixed when it was approved and
            do not change; to take it down later, withdraw it.
          </p>
        </ConfirmStep>
      ) : null}
      {withdrawing ? (
        <Form
          id="withdraw"
          state={withdraw}
          onSubmit={onSubmitted(confirmWithdraw)}
          className="panel"
          label="Withdraw the publication"
          level={3}
        >
          <h3>Withdraw the publication?</h3>
          <p>
            {publication.status === 'published'
              ? 'It leaves the public site within five minutes and cannot be published again.'
              : 'It stops here for good: a withdrawn publication cannot be taken further.'}
          </p>
          <Field
            name="reason"
            label="Why is it withdrawn?"
            hint={
              publication.status === 'published'
                ? 'It leaves the public site.'
                : 'The period is free for a new draft.'
            }
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <FormActions
            submit="Yes, withdraw it"
            busy="Withdrawing…"
            primary={false}
            loading={withdraw.loading}
            onCancel={() => setWithdrawing(false)}
          />
        </Form>
      ) : null}
    </section>
  );
}
