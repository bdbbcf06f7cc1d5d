import { formatDate } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { ACKNOWLEDGE } from '../queries';
import { toAcknowledgeInput } from './inputs';
import { useComplaintStep, useNowField, type StepFormProps } from './shared';

export function AcknowledgeForm(props: StepFormProps) {
  const s2 = props.complaint.timeline.stage2;
  const step = useComplaintStep(ACKNOWLEDGE, ['at'], props);
  const [at, setAt, atInstant] = useNowField();
  return (
    <StepForm
      id="step-acknowledge"
      title="Acknowledge stage 2"
      state={step}
      onSubmit={onSubmitted(() =>
        step.submit(toAcknowledgeInput({ at: atInstant() }), 'Stage 2 acknowledged.'),
      )}
      submit="Acknowledge"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field
        name="at"
        label="Acknowledged"
        hint={s2?.acknowledgeBy ? `Due by day 3: ${formatDate(s2.acknowledgeBy)} (§40)` : undefined}
      >
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
    </StepForm>
  );
}
