import { useState } from 'react';
import { useMe } from '../auth/me-context';
import { Field, Form, FormActions, onSubmitted } from '../lib/forms';
import { STEP_LABEL, workflowSteps, type WorkflowStep } from './labels';
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

/** Send for review, approve, publish or withdraw: the steps the status allows and the person's role may take. */
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
  const steps = workflowSteps(publication.allowedSteps, me.role, publication.author.id === me.id);
  const submit = usePublicationMutation(SUBMIT, publication, [], reload);
  const approve = usePublicationMutation(APPROVE, publication, [], reload);
  const publish = usePublicationMutation(PUBLISH, publication, [], reload);
  const withdraw = usePublicationMutation(WITHDRAW, publication, ['reason'], reload);
  const byStep = { submit, approve, publish, withdraw };
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<WorkflowStep | null>(null);

  if (steps.length === 0) {
    return publication.status === 'in_review' && publication.author.id === me.id ? (
      <p className="hint">Waiting for a manager who did not write it to approve it.</p>
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
      <div className="step-buttons">
        {steps.map((s) =>
          s === 'withdraw' ? (
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
      {withdrawing ? (
        <Form
          id="withdraw"
          state={withdraw}
          onSubmit={onSubmitted(confirmWithdraw)}
          className="panel"
          label="Withdraw the publication"
          level={3}
        >
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
            submit="Withdraw it"
            busy="Withdraw it"
            primary={false}
            loading={withdraw.loading}
            onCancel={() => setWithdrawing(false)}
          />
        </Form>
      ) : null}
    </section>
  );
}
