import { useMutation, useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { formErrors, type FormErrors, type RuleContext } from '../lib/errors';
import { formatDate, londonToday } from '../lib/format';
import { instantToLondonLocal, londonLocalToInstant } from '../lib/london-time';
import { Field, FormError } from '../lib/ui';
import { OUTCOMES, SPSO_DECISIONS } from './labels';
import {
  ACKNOWLEDGE,
  ADD_NOTE,
  AGREE_POINTS,
  ASSIGN_HANDLER,
  CLOSE,
  CLOSURE_DAYS,
  CONTACT_UPDATE,
  ESCALATE,
  EXTEND,
  POST_CLOSURE_CONTACT,
  ROOT_CAUSES,
  SET_ROOT_CAUSES,
  SIGN_OFF,
  SPSO_DECISION,
} from './queries';
import { PEOPLE } from '../actions/queries';
import type { ComplaintStep } from './steps';
import type { ComplaintDetail } from './types';

export interface StepFormProps {
  complaint: ComplaintDetail;
  /** Called after the API accepted the step (the page reloads the complaint). */
  onDone: (message: string) => void;
  onCancel: () => void;
  /** Reload the complaint (after a stale version). */
  reload: () => Promise<unknown>;
}

/**
 * A date-and-time field that starts at now. Left as it is, the API is sent no time and records
 * the moment of saving: the field shows minutes only, and "now" rounded down to the minute could
 * fall before a step just recorded (a sign-off a few seconds ago).
 */
function useNowField(): [string, (value: string) => void, () => string | undefined] {
  const [initial] = useState(() => instantToLondonLocal(new Date()));
  const [value, setValue] = useState(initial);
  const instant = () => (value && value !== initial ? londonLocalToInstant(value) : undefined);
  return [value, setValue, instant];
}

/** Runs one lifecycle mutation with the complaint's id and version; errors land next to their fields. */
function useStep(
  mutation: DocumentNode,
  fields: readonly string[],
  props: StepFormProps,
  ctx: RuleContext = {},
  aliases: Record<string, string> = {},
) {
  const [mutate, { loading }] = useMutation(mutation);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  async function run(variables: Record<string, unknown>, done: string) {
    setErrors({ fields: {}, form: null });
    try {
      await mutate({
        variables: { id: props.complaint.id, version: props.complaint.version, ...variables },
      });
      props.onDone(done);
    } catch (error) {
      const found = formErrors(error, fields, ctx, aliases);
      setErrors(found);
      if (found.form && /Someone else changed/.test(found.form))
        await props.reload().catch(() => undefined);
    }
  }
  return { run, loading, errors, setErrors };
}

function Buttons({
  loading,
  submit,
  onCancel,
}: {
  loading: boolean;
  submit: string;
  onCancel: () => void;
}) {
  return (
    <div className="actions-row">
      <button type="submit" className="primary" disabled={loading}>
        {loading ? 'Saving…' : submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function StepForm({
  title,
  children,
  onSubmit,
}: {
  title: string;
  children: ReactNode;
  onSubmit: (e: FormEvent) => void;
}) {
  return (
    <section className="panel step-form" aria-label={title}>
      <h3>{title}</h3>
      <form onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </section>
  );
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Stage 1 day 10, computed in the browser with @chp/domain (loaded only for this form). */
function useLatestStageOneExtension(dayOne: string | undefined): string | null {
  const closure = useQuery<{ closureDays: { date: string }[] }>(CLOSURE_DAYS, {
    variables: { from: dayOne ?? '1900-01-01', to: dayOne ? addDays(dayOne, 40) : '1900-01-01' },
    skip: !dayOne,
  });
  const [latest, setLatest] = useState<string | null>(null);
  const closureDays = closure.data?.closureDays.map((d) => d.date);
  const key = closureDays?.join(',');
  useEffect(() => {
    if (!dayOne || key === undefined) return;
    let live = true;
    void import('./domain-hints').then((m) => {
      if (live) setLatest(m.latestStageOneExtension(dayOne, key ? key.split(',') : []));
    });
    return () => {
      live = false;
    };
  }, [dayOne, key]);
  return latest;
}

export function ExtendForm(props: StepFormProps) {
  const c = props.complaint;
  const stage = c.currentStage === 2 ? c.timeline.stage2 : c.timeline.stage1;
  const latest = useLatestStageOneExtension(c.currentStage === 1 ? stage?.dayOne : undefined);
  const ctx: RuleContext = {
    latestExtension: latest,
    stageOneDueOn: c.timeline.stage1?.dueOn,
    currentDeadline: stage?.deadline,
  };
  const step = useStep(EXTEND, ['dueOn', 'reason'], props, ctx);
  const [dueOn, setDueOn] = useState('');
  const [reason, setReason] = useState('');
  const hint =
    c.currentStage === 1
      ? `A working day after day 5 (${stage ? formatDate(stage.dueOn) : '—'})${latest ? ` and no later than day 10 (${formatDate(latest)})` : ' and no later than day 10'}. Stage 1 can be extended once.`
      : `A working day later than the current due date (${stage ? formatDate(stage.deadline) : '—'}).`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!dueOn) missing['dueOn'] = 'Enter the new due date.';
    if (!reason.trim()) missing['reason'] = 'Say why more time is needed: the customer is told.';
    if (Object.keys(missing).length) return step.setErrors({ fields: missing, form: null });
    void step.run(
      { dueOn, reason: reason.trim() },
      `Stage ${c.currentStage} extended to ${formatDate(dueOn)}.`,
    );
  };
  return (
    <StepForm title={`Extend stage ${c.currentStage}`} onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label="New due date" hint={hint} error={step.errors.fields['dueOn']}>
        {(p) => (
          <input
            {...p}
            type="date"
            name="dueOn"
            value={dueOn}
            max={latest ?? undefined}
            onChange={(e) => setDueOn(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Why more time is needed"
        hint="Told to the customer (§27)"
        error={step.errors.fields['reason']}
      >
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
      <Buttons loading={step.loading} submit="Extend" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function EscalateForm(props: StepFormProps) {
  const c = props.complaint;
  const transfer = c.status === 'open';
  const step = useStep(ESCALATE, ['at', 'exceptionalCircumstances'], props, {
    escalationDeadline: c.timeline.escalationDeadline,
  });
  const [at, setAt, atInstant] = useNowField();
  const [circumstances, setCircumstances] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!at)
      return step.setErrors({ fields: { at: 'Enter when the customer asked.' }, form: null });
    void step.run(
      { at: atInstant(), exceptionalCircumstances: circumstances.trim() || undefined },
      transfer ? 'Transferred to stage 2.' : 'Escalated to stage 2.',
    );
  };
  return (
    <StepForm title={transfer ? 'Transfer to stage 2' : 'Escalate to stage 2'} onSubmit={submit}>
      <p className="hint">
        {transfer
          ? 'The complaint is complex or serious enough to go straight to investigation (§36). Stage 2 starts on the next working day counted from this date.'
          : 'The customer is dissatisfied with the stage 1 response and asks for an investigation.'}
      </p>
      <FormError message={step.errors.form} />
      <Field
        label={transfer ? 'Transferred' : 'Customer asked on'}
        error={step.errors.fields['at']}
      >
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            name="at"
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        )}
      </Field>
      {!transfer ? (
        <Field
          label="Exceptional circumstances"
          hint={
            c.timeline.escalationDeadline
              ? `Only when the request is after ${formatDate(c.timeline.escalationDeadline)}, the time limit (§36).`
              : 'Only when the request is outside the time limit (§36).'
          }
          error={step.errors.fields['exceptionalCircumstances']}
        >
          {(p) => (
            <textarea
              {...p}
              name="exceptionalCircumstances"
              rows={2}
              value={circumstances}
              onChange={(e) => setCircumstances(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Buttons
        loading={step.loading}
        submit={transfer ? 'Transfer' : 'Escalate'}
        onCancel={props.onCancel}
      />
    </StepForm>
  );
}

export function AcknowledgeForm(props: StepFormProps) {
  const s2 = props.complaint.timeline.stage2;
  const step = useStep(ACKNOWLEDGE, ['at'], props);
  const [at, setAt, atInstant] = useNowField();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void step.run({ at: atInstant() }, 'Stage 2 acknowledged.');
  };
  return (
    <StepForm title="Acknowledge stage 2" onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field
        label="Acknowledged"
        hint={s2?.acknowledgeBy ? `Due by day 3: ${formatDate(s2.acknowledgeBy)} (§40)` : undefined}
        error={step.errors.fields['at']}
      >
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            name="at"
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        )}
      </Field>
      <Buttons loading={step.loading} submit="Acknowledge" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function AgreePointsForm(props: StepFormProps) {
  const existing = props.complaint.points.map((p) => p.description ?? '').filter(Boolean);
  const step = useStep(AGREE_POINTS, ['points'], props);
  const [points, setPoints] = useState<string[]>(existing.length ? existing : ['']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const given = points.map((p) => p.trim()).filter(Boolean);
    if (!given.length)
      return step.setErrors({
        fields: { points: 'Enter at least one point of complaint.' },
        form: null,
      });
    void step.run(
      { points: given },
      `${given.length} point${given.length === 1 ? '' : 's'} of complaint agreed.`,
    );
  };
  return (
    <StepForm title="Agree the points of complaint" onSubmit={submit}>
      <p className="hint">
        The points agreed with the customer (§42–47). Agreeing again replaces the earlier points.
      </p>
      <FormError message={step.errors.form} />
      {step.errors.fields['points'] ? (
        <p className="error-message">{step.errors.fields['points']}</p>
      ) : null}
      <ol className="points-inputs">
        {points.map((point, i) => (
          <li key={i}>
            <label htmlFor={`point-${i}`} className="visually-hidden">
              Point {i + 1}
            </label>
            <input
              id={`point-${i}`}
              name={`point-${i}`}
              value={point}
              onChange={(e) => setPoints(points.map((p, j) => (j === i ? e.target.value : p)))}
            />
            {points.length > 1 ? (
              <button
                type="button"
                className="link-button"
                onClick={() => setPoints(points.filter((_, j) => j !== i))}
              >
                Remove point {i + 1}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setPoints([...points, ''])}>
        Add a point
      </button>
      <Buttons loading={step.loading} submit="Agree the points" onCancel={props.onCancel} />
    </StepForm>
  );
}

function NoteStep({
  props,
  mutation,
  title,
  label,
  done,
  hint,
}: {
  props: StepFormProps;
  mutation: DocumentNode;
  title: string;
  label: string;
  done: string;
  hint?: string;
}) {
  const step = useStep(mutation, ['note'], props);
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim())
      return step.setErrors({ fields: { note: 'Write the note first.' }, form: null });
    void step.run({ note: note.trim() }, done);
  };
  return (
    <StepForm title={title} onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label={label} hint={hint} error={step.errors.fields['note']}>
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
      <Buttons loading={step.loading} submit="Save" onCancel={props.onCancel} />
    </StepForm>
  );
}

export const ContactUpdateForm = (props: StepFormProps) => (
  <NoteStep
    props={props}
    mutation={CONTACT_UPDATE}
    title="Record an update to the customer"
    label="What the customer (and any staff complained about) were told"
    hint={
      props.complaint.timeline.nextUpdateDue
        ? `Next update due ${formatDate(props.complaint.timeline.nextUpdateDue)} (§62)`
        : undefined
    }
    done="Update to the customer recorded."
  />
);

export const NoteForm = (props: StepFormProps) => (
  <NoteStep props={props} mutation={ADD_NOTE} title="Add a note" label="Note" done="Note added." />
);

export function PostClosureContactForm(props: StepFormProps) {
  const step = useStep(POST_CLOSURE_CONTACT, ['note', 'dissatisfied'], props);
  const [note, setNote] = useState('');
  const [dissatisfied, setDissatisfied] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim())
      return step.setErrors({ fields: { note: 'Say what the contact was about.' }, form: null });
    void step.run({ note: note.trim(), dissatisfied }, 'Contact after closure recorded.');
  };
  return (
    <StepForm title="Record contact after closure" onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label="What the contact was about" error={step.errors.fields['note']}>
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
      <label className="inline checkbox">
        <input
          type="checkbox"
          name="dissatisfied"
          checked={dissatisfied}
          onChange={(e) => setDissatisfied(e.target.checked)}
        />{' '}
        The customer is still dissatisfied
      </label>
      <Buttons loading={step.loading} submit="Save" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function SignOffForm(props: StepFormProps) {
  const step = useStep(SIGN_OFF, [], props);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void step.run({}, 'Stage 2 response signed off.');
  };
  return (
    <StepForm title="Sign off the stage 2 response" onSubmit={submit}>
      <p>
        You confirm that you are empowered to give the organisation's final response, and that it
        may be sent (§65).
      </p>
      <FormError message={step.errors.form} />
      <Buttons loading={step.loading} submit="Sign off" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function SpsoDecisionForm(props: StepFormProps) {
  const step = useStep(SPSO_DECISION, ['decision', 'decidedOn'], props);
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState(londonToday());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision)
      return step.setErrors({ fields: { decision: "Choose the SPSO's decision." }, form: null });
    void step.run({ decision, decidedOn }, "The SPSO's decision is recorded.");
  };
  return (
    <StepForm title="Record the SPSO's decision" onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label="Decision" error={step.errors.fields['decision']}>
        {(p) => (
          <select
            {...p}
            name="decision"
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          >
            <option value="">Choose…</option>
            {SPSO_DECISIONS.map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Decided on" error={step.errors.fields['decidedOn']}>
        {(p) => (
          <input
            {...p}
            type="date"
            name="decidedOn"
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.target.value)}
          />
        )}
      </Field>
      <Buttons loading={step.loading} submit="Save" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function CloseForm(props: StepFormProps) {
  const c = props.complaint;
  const stage2 = c.currentStage === 2;
  const FIELDS = [
    'at',
    'outcome',
    'findings',
    'agreedAction',
    'customerAgreedOn',
    'spsoSignposted',
    'tribunalSignposted',
    'rootCauseIds',
  ];
  const step = useStep(
    CLOSE,
    FIELDS,
    props,
    {},
    { signOff: 'outcome', resolution: 'agreedAction' },
  );
  const [at, setAt, atInstant] = useNowField();
  const [outcome, setOutcome] = useState(stage2 && c.points.length ? 'findings' : '');
  const [findings, setFindings] = useState<Record<string, { finding: string; reason: string }>>({});
  const [agreedAction, setAgreedAction] = useState('');
  const [customerAgreedOn, setCustomerAgreedOn] = useState('');
  const [spsoSignposted, setSpsoSignposted] = useState(stage2);
  const [tribunalCase, setTribunalCase] = useState(false);
  const [tribunalSignposted, setTribunalSignposted] = useState(false);
  const [rootCauseIds, setRootCauseIds] = useState<string[]>(c.rootCauses.map((r) => r.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!outcome) missing['outcome'] = 'Choose the outcome of the complaint.';
    if (outcome === 'findings' && c.points.some((p) => !findings[p.id]?.finding))
      missing['findings'] = 'Record a finding on every agreed point of complaint.';
    if (outcome === 'resolved' && !agreedAction.trim())
      missing['agreedAction'] = 'Describe the action agreed with the customer.';
    if (outcome === 'resolved' && !customerAgreedOn)
      missing['customerAgreedOn'] = 'Enter the date the customer agreed.';
    if (Object.keys(missing).length) return step.setErrors({ fields: missing, form: null });
    const withFindings = stage2 && c.points.length > 0 && Object.keys(findings).length > 0;
    void step.run(
      {
        input: {
          at: atInstant(),
          outcome: outcome === 'findings' ? undefined : outcome,
          findings: withFindings
            ? c.points
                .filter((p) => findings[p.id]?.finding)
                .map((p) => ({
                  pointId: p.id,
                  finding: findings[p.id]!.finding,
                  reason: findings[p.id]!.reason.trim() || undefined,
                }))
            : undefined,
          resolution:
            outcome === 'resolved'
              ? { agreedAction: agreedAction.trim(), customerAgreedOn }
              : undefined,
          spsoSignposted: stage2 ? spsoSignposted : false,
          tribunalCase,
          tribunalSignposted,
          rootCauseIds,
        },
      },
      `Stage ${c.currentStage} closed.`,
    );
  };
  const fe = step.errors.fields;
  return (
    <StepForm title={`Close stage ${c.currentStage} with the outcome`} onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label="Response sent" error={fe['at']}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            name="at"
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        )}
      </Field>
      {stage2 && c.points.length ? (
        <fieldset className="field">
          <legend>Findings on the points of complaint</legend>
          {fe['findings'] ? <p className="error-message">{fe['findings']}</p> : null}
          {c.points.map((p) => (
            <div key={p.id} className="finding">
              <p>
                {p.position}. {p.description ?? `Point ${p.position}`}
              </p>
              {['upheld', 'not_upheld'].map((f) => (
                <label key={f} className="inline">
                  <input
                    type="radio"
                    name={`finding-${p.id}`}
                    value={f}
                    checked={findings[p.id]?.finding === f}
                    onChange={() =>
                      setFindings({
                        ...findings,
                        [p.id]: { finding: f, reason: findings[p.id]?.reason ?? '' },
                      })
                    }
                  />{' '}
                  {f === 'upheld' ? 'Upheld' : 'Not upheld'}
                </label>
              ))}
              <label htmlFor={`reason-${p.id}`}>Reason (optional)</label>
              <input
                id={`reason-${p.id}`}
                value={findings[p.id]?.reason ?? ''}
                onChange={(e) =>
                  setFindings({
                    ...findings,
                    [p.id]: { finding: findings[p.id]?.finding ?? '', reason: e.target.value },
                  })
                }
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset
        className="field"
        aria-describedby={fe['outcome'] ? 'close-outcome-error' : undefined}
      >
        <legend>Outcome</legend>
        {fe['outcome'] ? (
          <p className="error-message" id="close-outcome-error" data-field-error="">
            {fe['outcome']}
          </p>
        ) : null}
        {stage2 && c.points.length ? (
          <label className="inline">
            <input
              type="radio"
              name="outcome"
              value="findings"
              checked={outcome === 'findings'}
              onChange={() => setOutcome('findings')}
            />{' '}
            Follows from the findings
          </label>
        ) : null}
        {OUTCOMES.map(([v, t]) => (
          <label key={v} className="inline">
            <input
              type="radio"
              name="outcome"
              value={v}
              checked={outcome === v}
              onChange={() => setOutcome(v)}
            />{' '}
            {t}
          </label>
        ))}
      </fieldset>
      {outcome === 'resolved' ? (
        <div className="form-grid">
          <Field label="Action agreed with the customer" error={fe['agreedAction']}>
            {(p) => (
              <textarea
                {...p}
                name="agreedAction"
                rows={2}
                value={agreedAction}
                onChange={(e) => setAgreedAction(e.target.value)}
              />
            )}
          </Field>
          <Field label="Customer agreed on" error={fe['customerAgreedOn']}>
            {(p) => (
              <input
                {...p}
                type="date"
                name="customerAgreedOn"
                value={customerAgreedOn}
                onChange={(e) => setCustomerAgreedOn(e.target.value)}
              />
            )}
          </Field>
        </div>
      ) : null}
      {stage2 ? (
        <div className={fe['spsoSignposted'] ? 'field field-error' : 'field'}>
          {fe['spsoSignposted'] ? <p className="error-message">{fe['spsoSignposted']}</p> : null}
          <label className="inline checkbox">
            <input
              type="checkbox"
              name="spsoSignposted"
              checked={spsoSignposted}
              onChange={(e) => setSpsoSignposted(e.target.checked)}
            />{' '}
            The response tells the customer how to go to the SPSO
          </label>
        </div>
      ) : (
        <p className="hint">
          At stage 1 the response tells the customer they can ask for a stage 2 investigation; the
          SPSO comes after stage 2.
        </p>
      )}
      <label className="inline checkbox">
        <input
          type="checkbox"
          name="tribunalCase"
          checked={tribunalCase}
          onChange={(e) => setTribunalCase(e.target.checked)}
        />{' '}
        Factoring, shared owner or private tenancy case (§74)
      </label>
      {tribunalCase ? (
        <div className={fe['tribunalSignposted'] ? 'field field-error' : 'field'}>
          {fe['tribunalSignposted'] ? (
            <p className="error-message">{fe['tribunalSignposted']}</p>
          ) : null}
          <label className="inline checkbox">
            <input
              type="checkbox"
              name="tribunalSignposted"
              checked={tribunalSignposted}
              onChange={(e) => setTribunalSignposted(e.target.checked)}
            />{' '}
            The response signposts the First-tier Tribunal
          </label>
        </div>
      ) : null}
      <RootCauseChoices
        chosen={rootCauseIds}
        setChosen={setRootCauseIds}
        error={fe['rootCauseIds']}
      />
      <Buttons
        loading={step.loading}
        submit={`Close stage ${c.currentStage}`}
        onCancel={props.onCancel}
      />
    </StepForm>
  );
}

/** Root causes from the organisation's taxonomy: sub-causes under their groups. */
function RootCauseChoices({
  chosen,
  setChosen,
  error,
}: {
  chosen: string[];
  setChosen: (ids: string[]) => void;
  error?: string;
}) {
  const causes = useQuery<{ rootCauses: { id: string; name: string; parentId: string | null }[] }>(
    ROOT_CAUSES,
  );
  if (!causes.data?.rootCauses.length)
    return causes.loading ? <p className="loading">Loading root causes…</p> : null;
  return (
    <fieldset className="field root-causes">
      <legend>Root causes</legend>
      {error ? <p className="error-message">{error}</p> : null}
      {causes.data.rootCauses.map((r) => (
        <label key={r.id} className={r.parentId ? 'inline sub-cause' : 'inline'}>
          <input
            type="checkbox"
            checked={chosen.includes(r.id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))
            }
          />{' '}
          {r.name}
        </label>
      ))}
    </fieldset>
  );
}

export function RootCausesForm(props: StepFormProps) {
  const step = useStep(SET_ROOT_CAUSES, ['rootCauseIds'], props);
  const [chosen, setChosen] = useState<string[]>(props.complaint.rootCauses.map((r) => r.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void step.run(
      { rootCauseIds: chosen },
      chosen.length
        ? `${chosen.length} root cause${chosen.length === 1 ? '' : 's'} recorded.`
        : 'Root causes cleared.',
    );
  };
  return (
    <StepForm title="Record root causes" onSubmit={submit}>
      <p className="hint">
        What caused the complaint, from your organisation's list; they feed the trends and the
        Pareto chart.
      </p>
      <FormError message={step.errors.form} />
      <RootCauseChoices
        chosen={chosen}
        setChosen={setChosen}
        error={step.errors.fields['rootCauseIds']}
      />
      <Buttons loading={step.loading} submit="Save root causes" onCancel={props.onCancel} />
    </StepForm>
  );
}

export function AssignForm(props: StepFormProps) {
  const people = useQuery<{
    people: { items: { id: string; name: string; role: string; active: boolean }[] };
  }>(PEOPLE);
  const step = useStep(ASSIGN_HANDLER, ['handlerId'], props);
  const [handlerId, setHandlerId] = useState(props.complaint.handler?.id ?? '');
  const handlers = (people.data?.people.items ?? []).filter(
    (p) => p.active && ['admin', 'senior_manager', 'manager', 'handler'].includes(p.role),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!handlerId)
      return step.setErrors({
        fields: { handlerId: 'Choose who handles the complaint.' },
        form: null,
      });
    void step.run(
      { handlerId },
      `Handler: ${handlers.find((h) => h.id === handlerId)?.name ?? 'changed'}.`,
    );
  };
  return (
    <StepForm title="Assign the handler" onSubmit={submit}>
      <FormError message={step.errors.form} />
      <Field label="Handler" error={step.errors.fields['handlerId']}>
        {(p) => (
          <select
            {...p}
            name="handlerId"
            value={handlerId}
            onChange={(e) => setHandlerId(e.target.value)}
          >
            <option value="">Choose…</option>
            {handlers.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Buttons loading={step.loading} submit="Assign" onCancel={props.onCancel} />
    </StepForm>
  );
}

export const STEP_FORMS: Record<ComplaintStep, (props: StepFormProps) => ReactNode> = {
  acknowledge: AcknowledgeForm,
  agreePoints: AgreePointsForm,
  extend: ExtendForm,
  contactUpdate: ContactUpdateForm,
  signOff: SignOffForm,
  close: CloseForm,
  escalate: EscalateForm,
  spsoDecision: SpsoDecisionForm,
  postClosureContact: PostClosureContactForm,
  assign: AssignForm,
  rootCauses: RootCausesForm,
  note: NoteForm,
};
