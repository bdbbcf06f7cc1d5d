import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { ESCALATE } from '../queries';
import { toEscalateInput } from './inputs';
import { useComplaintStep, useNowField, type StepFormProps } from './shared';

export function EscalateForm(props: StepFormProps) {
  const c = props.complaint;
  const transfer = c.status === 'open';
  const step = useComplaintStep(ESCALATE, ['at', 'exceptionalCircumstances'], props, {
    escalationDeadline: c.timeline.escalationDeadline,
  });
  const [at, setAt, atInstant] = useNowField();
  const [circumstances, setCircumstances] = useState('');
  const submit = () => {
    if (step.check(at ? {} : { at: 'Enter when the customer asked.' })) return;
    return step.submit(
      toEscalateInput({ at: atInstant(), exceptionalCircumstances: circumstances }),
      transfer ? 'Transferred to stage 2.' : 'Escalated to stage 2.',
    );
  };
  return (
    <StepForm
      id="step-escalate"
      title={transfer ? 'Transfer to stage 2' : 'Escalate to stage 2'}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit={transfer ? 'Transfer' : 'Escalate'}
      loading={step.loading}
      onCancel={props.onCancel}
      intro={
        <p className="hint">
          {transfer
            ? 'The complaint is complex or serious enough to go straight to investigation (§36). Stage 2 starts on the next working day counted from this date.'
            : 'The customer is dissatisfied with the stage 1 response and asks for an investigation.'}
        </p>
      }
    >
      <Field name="at" label={transfer ? 'Transferred' : 'Customer asked on'}>
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
      {!transfer ? (
        <Field
          name="exceptionalCircumstances"
          label="Exceptional circumstances"
          hint={
            c.timeline.escalationDeadline
              ? `Only when the request is after ${formatDate(c.timeline.escalationDeadline)}, the time limit (§36).`
              : 'Only when the request is outside the time limit (§36).'
          }
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={circumstances}
              onChange={(e) => setCircumstances(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </StepForm>
  );
}
