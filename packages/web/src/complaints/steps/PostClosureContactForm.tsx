import { useState } from 'react';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { POST_CLOSURE_CONTACT } from '../queries';
import { toPostClosureContactInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

export function PostClosureContactForm(props: StepFormProps) {
  const { term } = usePersonTerm();
  const step = useComplaintStep(POST_CLOSURE_CONTACT, ['note', 'dissatisfied'], props);
  const [note, setNote] = useState('');
  const [dissatisfied, setDissatisfied] = useState(false);
  const submit = () => {
    if (step.check(note.trim() ? {} : { note: 'Say what the contact was about.' })) return;
    return step.submit(
      toPostClosureContactInput({ note, dissatisfied }),
      'Contact after closure recorded.',
    );
  };
  return (
    <StepForm
      id="step-post-closure-contact"
      title="Record contact after closure"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="note" label="What the contact was about">
        {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <label className="inline checkbox">
        <input
          type="checkbox"
          name="dissatisfied"
          checked={dissatisfied}
          onChange={(e) => setDissatisfied(e.target.checked)}
        />{' '}
        The {term} is still dissatisfied
      </label>
    </StepForm>
  );
}
