import { useState } from 'react';
import { Field, onSubmitted, Select, StepForm } from '../../lib/forms';
import { formatDate } from '../../lib/format';
import { voidableSteps } from '../corrections';
import { journeyTitle } from '../journey';
import { VOID_COMPLAINT_STEP } from '../queries';
import { useComplaintStep, type StepFormProps } from './shared';

/** A manager voids a step recorded by mistake (docs/procedure.md, Correcting a record). */
export function VoidStepForm(props: StepFormProps) {
  const steps = voidableSteps(props.complaint.journey);
  const step = useComplaintStep(VOID_COMPLAINT_STEP, ['eventId', 'reason'], props);
  const [eventId, setEventId] = useState(steps.at(-1)?.id ?? '');
  const [reason, setReason] = useState('');
  const submit = () => {
    const chosen = steps.find((s) => s.id === eventId);
    return step.submit(
      { eventId, reason },
      `Voided: ${chosen ? journeyTitle(chosen).toLowerCase() : 'the step'}.`,
    );
  };
  return (
    <StepForm
      id="step-void"
      title="Void a step recorded by mistake"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Void this step"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="eventId"
        label="Step"
        value={eventId}
        onChange={setEventId}
        options={steps.map((s) => [s.id, `${journeyTitle(s)} (${formatDate(s.at)})`] as const)}
        hint="It stays in the journey, marked as voided, and counts as absent: a voided closure reopens its stage"
      />
      <Field name="reason" label="Why it was a mistake" hint="Kept in the journey">
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
    </StepForm>
  );
}
