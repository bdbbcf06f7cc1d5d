import { useState } from 'react';
import { escalationNeedsAwareness, localDate } from '@chp/domain';
import { formatDate } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { ESCALATE } from '../queries';
import { toEscalateInput } from './inputs';
import { useComplaintStep, useNowField, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

export function EscalateForm(props: StepFormProps) {
  const { term, Term } = usePersonTerm();
  const c = props.complaint;
  const transfer = c.status === 'open';
  const step = useComplaintStep(ESCALATE, ['at', 'exceptionalCircumstances', 'awareOn'], props, {
    escalationDeadline: c.timeline.escalationDeadline,
  });
  const [at, setAt, atInstant] = useNowField();
  const [circumstances, setCircumstances] = useState('');
  const [awareOn, setAwareOn] = useState('');
  // §36: without a recorded awareness date the date of receipt stands in; ask for the date only
  // when it would change the answer (after two months from the stage 1 response)
  const askAwareness =
    !transfer &&
    !c.awareOn &&
    /^\d{4}-\d{2}-\d{2}/.test(at) &&
    escalationNeedsAwareness(
      {
        awareOn: null,
        receivedOn: localDate(c.receivedAt),
        stageOneClosedOn: c.timeline.stage1?.closedOn ?? null,
      },
      at.slice(0, 10),
    );
  const submit = () => {
    if (step.check(at ? {} : { at: `Enter when the ${term} asked.` })) return;
    return step.submit(
      toEscalateInput({
        at: atInstant(),
        exceptionalCircumstances: circumstances,
        awareOn: askAwareness ? awareOn : '',
      }),
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
            ? 'The complaint is complex or serious enough to go straight to investigation (§36). Stage 2 day one is the day of the transfer (Appendix 1 §5), or the next working day when that is not a working day.'
            : `The ${term} is dissatisfied with the stage 1 response and asks for an investigation. Stage 2 day one is the day they asked (Appendix 1 §5).`}
        </p>
      }
    >
      <Field name="at" label={transfer ? 'Transferred' : `${Term} asked on`}>
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
      {askAwareness ? (
        <Field
          name="awareOn"
          label={`When the ${term} first knew of the problem`}
          hint="It decides whether the request is in time (six months from then, §36). Left empty, the date they complained is used: the request is accepted."
        >
          {(p) => (
            <input
              {...p}
              type="date"
              value={awareOn}
              onChange={(e) => setAwareOn(e.target.value)}
            />
          )}
        </Field>
      ) : null}
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
