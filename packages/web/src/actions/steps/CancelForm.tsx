import { useState } from 'react';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { CANCEL } from '../queries';
import { checkCancel, toCancelInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

export function CancelForm(props: StepProps) {
  const s = useActionStep(CANCEL, ['reason'], props);
  const [reason, setReason] = useState('');
  const submit = () => {
    if (s.check(checkCancel(reason))) return;
    return s.submit(toCancelInput(reason), 'Action cancelled.');
  };
  return (
    <StepForm
      id="action-cancel"
      title="Cancel the action"
      state={s}
      onSubmit={onSubmitted(submit)}
      submit="Cancel the action"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <Field name="reason" label="Reason">
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
    </StepForm>
  );
}
