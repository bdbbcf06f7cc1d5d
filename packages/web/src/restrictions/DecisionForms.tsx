import { useState } from 'react';
import { londonToday } from '../lib/format';
import { Field, onSubmitted, StepForm, TextArea, useVersionedMutation } from '../lib/forms';
import { CustomerToldFields } from './CustomerToldFields';
import { APPROVE_RESTRICTION, DECLINE_RESTRICTION } from './queries';
import {
  APPROVE_FIELDS,
  KIND_LABELS,
  checkApproval,
  reviewDateHint,
  toApproveVariables,
} from './restriction-input';
import type { Restriction } from './types';
import { formatDate } from '../lib/format';

export interface DecisionProps {
  restriction: Restriction;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}

/** A manager approves a proposal once the customer has been told (Part 1 §12–13). */
export function ApproveRestrictionForm(props: DecisionProps) {
  const r = props.restriction;
  const m = useVersionedMutation(APPROVE_RESTRICTION, {
    record: r,
    fields: APPROVE_FIELDS,
    reload: props.reload,
  });
  const [v, setV] = useState({
    customerToldOn: londonToday(),
    toldOfReview: false,
    toldOfSpso: false,
    reviewOn: '',
  });
  const submit = async () => {
    if (m.check(checkApproval(v))) return;
    if (await m.run(toApproveVariables(v))) await props.onDone('Restriction approved: in force.');
  };
  return (
    <StepForm
      id={`approve-restriction-${r.id}`}
      title="Approve the restriction"
      state={m}
      onSubmit={onSubmitted(submit)}
      submit="Approve"
      loading={m.loading}
      onCancel={props.onCancel}
      intro={
        <p>
          {KIND_LABELS[r.kind]}: {r.details}. Review on {formatDate(r.reviewOn)}.
        </p>
      }
    >
      <CustomerToldFields v={v} setV={(patch) => setV({ ...v, ...patch })} />
      <Field
        name="reviewOn"
        label="Another review date"
        hint={`Optional. ${reviewDateHint(londonToday())}`}
      >
        {(p) => (
          <input
            {...p}
            type="date"
            value={v.reviewOn}
            onChange={(e) => setV({ ...v, reviewOn: e.target.value })}
          />
        )}
      </Field>
    </StepForm>
  );
}

/** A manager declines a proposal, with a note. */
export function DeclineRestrictionForm(props: DecisionProps) {
  const m = useVersionedMutation(DECLINE_RESTRICTION, {
    record: props.restriction,
    fields: ['note'],
    reload: props.reload,
  });
  const [note, setNote] = useState('');
  const submit = async () => {
    if (m.check(note.trim() ? {} : { note: 'Say why it is not approved.' })) return;
    if (await m.run({ note: note.trim() })) await props.onDone('Restriction declined.');
  };
  return (
    <StepForm
      id={`decline-restriction-${props.restriction.id}`}
      title="Decline the restriction"
      state={m}
      onSubmit={onSubmitted(submit)}
      submit="Decline"
      loading={m.loading}
      onCancel={props.onCancel}
    >
      <TextArea name="note" label="Why it is not approved" value={note} onChange={setNote} />
    </StepForm>
  );
}
