import { useState } from 'react';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { PROGRESS } from '../queries';
import { checkProgress, toProgressInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

export function ProgressForm(props: StepProps) {
  const s = useActionStep(PROGRESS, ['note'], props);
  const [note, setNote] = useState('');
  const submit = () => {
    if (s.check(checkProgress(note))) return;
    return s.submit(toProgressInput(note), 'Progress recorded.');
  };
  return (
    <StepForm
      id="action-progress"
      title="Update progress"
      state={s}
      onSubmit={onSubmitted(submit)}
      submit="Save the update"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <Field name="note" label="What has been done">
        {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
