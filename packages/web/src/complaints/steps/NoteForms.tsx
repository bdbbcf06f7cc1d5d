import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { ADD_NOTE, CONTACT_UPDATE } from '../queries';
import { toNoteInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

function NoteStep({
  props,
  id,
  mutation,
  title,
  label,
  done,
  hint,
}: {
  props: StepFormProps;
  id: string;
  mutation: DocumentNode;
  title: string;
  label: string;
  done: string;
  hint?: string;
}) {
  const step = useComplaintStep(mutation, ['note'], props);
  const [note, setNote] = useState('');
  const submit = () => {
    if (step.check(note.trim() ? {} : { note: 'Write the note first.' })) return;
    return step.submit(toNoteInput(note), done);
  };
  return (
    <StepForm
      id={id}
      title={title}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="note" label={label} hint={hint}>
        {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}

export function ContactUpdateForm(props: StepFormProps) {
  const { term } = usePersonTerm();
  return (
    <NoteStep
      props={props}
      id="step-contact-update"
      mutation={CONTACT_UPDATE}
      title={`Record an update to the ${term}`}
      label={`What the ${term} was told (updates to staff complained about are recorded in their panel)`}
      hint={
        props.complaint.timeline.nextUpdateDue
          ? `Next update due ${formatDate(props.complaint.timeline.nextUpdateDue)} (§62)`
          : undefined
      }
      done={`Update to the ${term} recorded.`}
    />
  );
}

export const NoteForm = (props: StepFormProps) => (
  <NoteStep
    props={props}
    id="step-note"
    mutation={ADD_NOTE}
    title="Add a note"
    label="Note"
    done="Note added."
  />
);
