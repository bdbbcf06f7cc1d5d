import { useMutation, useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMe } from '../auth/me-context';
import { readsComplaints } from '../auth/roles';
import { formErrors, type FormErrors, type RuleContext } from '../lib/errors';
import { formatDate, formatTime, humanise, londonToday } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { DeadlineTag, Field, FormError, QueryState, SuccessMessage, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { ACTION_STEP_LABEL, orderedSteps, STATUS_LABEL } from './action-list';
import {
  ACTION,
  ASSIGN,
  AUTHORISE,
  CANCEL,
  COMPLETE,
  EDIT_SUMMARY,
  PEOPLE,
  PROGRESS,
  VERIFY,
} from './queries';
import type { ActionDetail, ActionStep } from './types';

interface StepProps {
  action: ActionDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}

export default function ActionPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const { data, loading, error, refetch } = useKeptQuery<{ improvementAction: ActionDetail }>(
    ACTION,
    {
      id: params['id'] as string,
      complaints: readsComplaints(me.role),
    },
  );
  const a = data?.improvementAction;
  usePageTitle(a ? a.title : 'Improvement action');
  const [open, setOpen] = useState<ActionStep | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onDone = async (message: string) => {
    await refetch();
    setOpen(null);
    setDone(message);
  };

  return (
    <QueryState
      loading={loading}
      error={error && !a ? error : null}
      retry={() => void refetch()}
      what="Loading the action"
    >
      {a ? (
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
                    onClick={() => {
                      setDone(null);
                      setOpen(open === s ? null : s);
                    }}
                  >
                    {ACTION_STEP_LABEL[s]}
                  </button>
                ))}
              </div>
              {open ? (
                <StepFormFor
                  key={`${open}-${a.version}`}
                  step={open}
                  action={a}
                  onDone={onDone}
                  onCancel={() => setOpen(null)}
                  reload={refetch}
                />
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}

function useActionStep(
  mutation: DocumentNode,
  fields: readonly string[],
  props: StepProps,
  ctx: RuleContext = {},
) {
  const [mutate, { loading }] = useMutation(mutation);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  async function run(variables: Record<string, unknown>, message: string) {
    setErrors({ fields: {}, form: null });
    try {
      await mutate({
        variables: { id: props.action.id, version: props.action.version, ...variables },
      });
      props.onDone(message);
    } catch (error) {
      const found = formErrors(error, fields, ctx);
      setErrors(found);
      if (found.form && /Someone else changed/.test(found.form))
        await props.reload().catch(() => undefined);
    }
  }
  return { run, loading, errors, setErrors };
}

function Form({
  title,
  onSubmit,
  children,
  loading,
  submit,
  onCancel,
  error,
}: {
  title: string;
  onSubmit: (e: FormEvent) => void;
  children?: ReactNode;
  loading: boolean;
  submit: string;
  onCancel: () => void;
  error: string | null;
}) {
  return (
    <section className="panel step-form" aria-label={title}>
      <h3>{title}</h3>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={error} />
        {children}
        <div className="actions-row">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Saving…' : submit}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function StepFormFor({ step, ...props }: StepProps & { step: ActionStep }) {
  switch (step) {
    case 'authorise':
      return <AuthoriseForm {...props} />;
    case 'progress':
      return <ProgressForm {...props} />;
    case 'complete':
      return <CompleteForm {...props} />;
    case 'verify':
      return <VerifyForm {...props} />;
    case 'assign':
      return <AssignForm {...props} />;
    case 'editSummary':
      return <SummaryForm {...props} />;
    case 'cancel':
      return <CancelForm {...props} />;
  }
}

function AuthoriseForm(props: StepProps) {
  const s = useActionStep(AUTHORISE, [], props);
  return (
    <Form
      title="Authorise the action"
      error={s.errors.form}
      loading={s.loading}
      submit="Authorise"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        void s.run({}, 'Action authorised.');
      }}
    >
      <p>
        {props.action.owner.name} will own it, with a target date of{' '}
        {formatDate(props.action.targetDate)}.
      </p>
    </Form>
  );
}

function ProgressForm(props: StepProps) {
  const s = useActionStep(PROGRESS, ['note'], props);
  const [note, setNote] = useState('');
  return (
    <Form
      title="Update progress"
      error={s.errors.form}
      loading={s.loading}
      submit="Save the update"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim())
          return s.setErrors({ fields: { note: 'Write what has been done.' }, form: null });
        void s.run({ note: note.trim() }, 'Progress recorded.');
      }}
    >
      <Field label="What has been done" error={s.errors.fields['note']}>
        {(p) => (
          <textarea
            {...p}
            name="note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
    </Form>
  );
}

function CompleteForm(props: StepProps) {
  const s = useActionStep(
    COMPLETE,
    ['evidence', 'completedOn', 'monitoringUntil', 'learningShared'],
    props,
  );
  const [evidence, setEvidence] = useState('');
  const [completedOn, setCompletedOn] = useState(londonToday());
  const [monitoringUntil, setMonitoringUntil] = useState('');
  const [learningShared, setLearningShared] = useState(props.action.learningShared ?? '');
  return (
    <Form
      title="Complete the action"
      error={s.errors.form}
      loading={s.loading}
      submit="Mark as done"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        if (!evidence.trim())
          return s.setErrors({
            fields: { evidence: 'Say what shows the action was taken (the evidence).' },
            form: null,
          });
        void s.run(
          {
            evidence: evidence.trim(),
            completedOn: completedOn || undefined,
            monitoringUntil: monitoringUntil || undefined,
            learningShared: learningShared.trim() || undefined,
          },
          'Action completed.',
        );
      }}
    >
      <Field
        label="Evidence"
        hint="What shows the action was taken: a new procedure, a training record, a changed letter"
        error={s.errors.fields['evidence']}
      >
        {(p) => (
          <textarea
            {...p}
            name="evidence"
            rows={3}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        )}
      </Field>
      <div className="form-grid">
        <Field label="Completed on" error={s.errors.fields['completedOn']}>
          {(p) => (
            <input
              {...p}
              type="date"
              name="completedOn"
              value={completedOn}
              max={londonToday()}
              onChange={(e) => setCompletedOn(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Monitor until"
          hint="Optional: when to check the effect"
          error={s.errors.fields['monitoringUntil']}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              name="monitoringUntil"
              value={monitoringUntil}
              onChange={(e) => setMonitoringUntil(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label="How the learning was shared with staff"
        hint="Optional"
        error={s.errors.fields['learningShared']}
      >
        {(p) => (
          <textarea
            {...p}
            name="learningShared"
            rows={2}
            value={learningShared}
            onChange={(e) => setLearningShared(e.target.value)}
          />
        )}
      </Field>
    </Form>
  );
}

function VerifyForm(props: StepProps) {
  const s = useActionStep(VERIFY, ['effectiveness', 'note'], props, {
    monitoringUntil: props.action.monitoringUntil,
  });
  const [effectiveness, setEffectiveness] = useState('');
  const [note, setNote] = useState('');
  return (
    <Form
      title="Record the effect after monitoring"
      error={s.errors.form}
      loading={s.loading}
      submit="Record the effect"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        const missing: Record<string, string> = {};
        if (!effectiveness) missing['effectiveness'] = 'Choose what monitoring found.';
        if (!note.trim()) missing['note'] = 'Say what monitoring found.';
        if (Object.keys(missing).length) return s.setErrors({ fields: missing, form: null });
        void s.run({ effectiveness, note: note.trim() }, 'Effect recorded.');
      }}
    >
      <fieldset className={s.errors.fields['effectiveness'] ? 'field field-error' : 'field'}>
        <legend>Effect</legend>
        {props.action.monitoringUntil ? (
          <p className="hint">Monitoring runs until {formatDate(props.action.monitoringUntil)}.</p>
        ) : null}
        {s.errors.fields['effectiveness'] ? (
          <p className="error-message">{s.errors.fields['effectiveness']}</p>
        ) : null}
        {[
          ['effective', 'Effective'],
          ['partly_effective', 'Partly effective'],
          ['not_effective', 'Not effective'],
        ].map(([v, t]) => (
          <label key={v} className="inline">
            <input
              type="radio"
              name="effectiveness"
              value={v}
              checked={effectiveness === v}
              onChange={() => setEffectiveness(v as string)}
            />{' '}
            {t}
          </label>
        ))}
      </fieldset>
      <Field label="What monitoring found" error={s.errors.fields['note']}>
        {(p) => (
          <textarea
            {...p}
            name="note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
    </Form>
  );
}

function AssignForm(props: StepProps) {
  const people = useQuery<{ people: { items: { id: string; name: string; active: boolean }[] } }>(
    PEOPLE,
  );
  const s = useActionStep(ASSIGN, ['ownerId', 'targetDate'], props);
  const [ownerId, setOwnerId] = useState(props.action.owner.id);
  const [targetDate, setTargetDate] = useState('');
  return (
    <Form
      title="Reassign the action"
      error={s.errors.form}
      loading={s.loading}
      submit="Reassign"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        void s.run({ ownerId, targetDate: targetDate || undefined }, 'Action reassigned.');
      }}
    >
      <div className="form-grid">
        <Field label="Owner" error={s.errors.fields['ownerId']}>
          {(p) => (
            <select
              {...p}
              name="ownerId"
              value={ownerId}
              onChange={(e) => setOwnerId(e.target.value)}
            >
              {(people.data?.people.items ?? [props.action.owner])
                .filter((x) => !('active' in x) || x.active)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          label="New target date"
          hint="Optional: leave empty to keep it"
          error={s.errors.fields['targetDate']}
        >
          {(p) => (
            <input
              {...p}
              type="date"
              name="targetDate"
              value={targetDate}
              onChange={(e) => setTargetDate(e.target.value)}
            />
          )}
        </Field>
      </div>
    </Form>
  );
}

function SummaryForm(props: StepProps) {
  const s = useActionStep(EDIT_SUMMARY, ['publicSummary', 'learningShared', 'description'], props);
  const [publicSummary, setPublicSummary] = useState(props.action.publicSummary ?? '');
  const [learningShared, setLearningShared] = useState(props.action.learningShared ?? '');
  return (
    <Form
      title="Edit the public summary"
      error={s.errors.form}
      loading={s.loading}
      submit="Save"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        void s.run(
          { publicSummary: publicSummary.trim(), learningShared: learningShared.trim() },
          'Summary saved.',
        );
      }}
    >
      <Field
        label="Public summary (“you said, we did”)"
        hint="Plain words, no personal data"
        error={s.errors.fields['publicSummary']}
      >
        {(p) => (
          <textarea
            {...p}
            name="publicSummary"
            rows={3}
            value={publicSummary}
            onChange={(e) => setPublicSummary(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="How the learning was shared with staff"
        error={s.errors.fields['learningShared']}
      >
        {(p) => (
          <textarea
            {...p}
            name="learningShared"
            rows={2}
            value={learningShared}
            onChange={(e) => setLearningShared(e.target.value)}
          />
        )}
      </Field>
    </Form>
  );
}

function CancelForm(props: StepProps) {
  const s = useActionStep(CANCEL, ['reason'], props);
  const [reason, setReason] = useState('');
  return (
    <Form
      title="Cancel the action"
      error={s.errors.form}
      loading={s.loading}
      submit="Cancel the action"
      onCancel={props.onCancel}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim())
          return s.setErrors({ fields: { reason: 'Give the reason for cancelling.' }, form: null });
        void s.run({ reason: reason.trim() }, 'Action cancelled.');
      }}
    >
      <Field label="Reason" error={s.errors.fields['reason']}>
        {(p) => (
          <textarea
            {...p}
            name="reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
    </Form>
  );
}
