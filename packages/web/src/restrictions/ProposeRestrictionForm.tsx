import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RESTRICTION_KINDS } from '@chp/domain';
import type {
  ProposeContactRestrictionMutation,
  ProposeContactRestrictionMutationVariables,
} from '../generated/graphql';
import { londonToday } from '../lib/format';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import { PROPOSE_RESTRICTION } from './queries';
import {
  KIND_LABELS,
  PROPOSE_FIELDS,
  checkProposal,
  reviewDateHint,
  toProposeInput,
} from './restriction-input';

/** Staff propose a restriction on the customer's contact; a manager approves it (Part 1 §13). */
export function ProposeRestrictionForm({
  complaintId,
  onDone,
  onCancel,
}: {
  complaintId: string;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [propose, { loading }] = useMutation<
    ProposeContactRestrictionMutation,
    ProposeContactRestrictionMutationVariables
  >(PROPOSE_RESTRICTION);
  const [v, setV] = useState({ kind: '', details: '', reason: '', reviewOn: '' });
  const form = useFormErrors();
  const { term } = usePersonTerm();
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  async function submit() {
    if (form.check(checkProposal(v))) return;
    form.clear();
    try {
      await propose({ variables: toProposeInput(v, complaintId) });
      await onDone('Restriction proposed: a manager approves it before it applies.');
    } catch (error) {
      form.failFrom(error, PROPOSE_FIELDS);
    }
  }

  return (
    <section className="panel step-form" aria-labelledby="propose-restriction-heading">
      <h3 id="propose-restriction-heading">Propose a contact restriction</h3>
      <p className="hint">
        Only under the unacceptable actions policy, as limited as possible. The complaint is still
        investigated.
      </p>
      <Form id="propose-restriction" state={form} onSubmit={onSubmitted(submit)} level={4}>
        <Select
          name="kind"
          label="How contact is restricted"
          value={v.kind}
          onChange={(kind) => setV({ ...v, kind })}
          options={RESTRICTION_KINDS.map((k) => [k, KIND_LABELS[k]] as const)}
          placeholder="Choose…"
        />
        <Field
          name="details"
          label="Details"
          hint={`Which officer, which times, which address: what the ${term} is told`}
        >
          {(p) => <textarea {...p} rows={2} value={v.details} onChange={set('details')} />}
        </Field>
        <Field name="reason" label="Reason" hint="The actions that were unacceptable">
          {(p) => <textarea {...p} rows={3} value={v.reason} onChange={set('reason')} />}
        </Field>
        <Field name="reviewOn" label="Review date" hint={reviewDateHint(londonToday())}>
          {(p) => <input {...p} type="date" value={v.reviewOn} onChange={set('reviewOn')} />}
        </Field>
        <FormActions
          submit="Propose the restriction"
          busy="Proposing…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
