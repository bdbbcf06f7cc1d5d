import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type {
  ComplaintByReferenceQuery,
  ComplaintByReferenceQueryVariables,
} from '../../generated/graphql';
import { Field, onSubmitted, Select, StepForm } from '../../lib/forms';
import { OTHER_OUTCOMES } from '../labels';
import { COMPLAINT_BY_REFERENCE, OTHER_OUTCOME } from '../queries';
import { useComplaintStep, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

/**
 * Ends the record with an outcome beyond the four (docs/procedure.md, Before stage 1): not a
 * complaint (with the signposting, §12), withdrawn, out of time or a duplicate of another complaint.
 */
export function OtherOutcomeForm(props: StepFormProps) {
  const { term } = usePersonTerm();
  const client = useApolloClient();
  const step = useComplaintStep(OTHER_OUTCOME, ['outcome', 'reason', 'duplicateOfId'], props);
  const allowed = props.complaint.allowedOtherOutcomes;
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [original, setOriginal] = useState('');
  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!outcome) missing['outcome'] = 'Choose the outcome.';
    if (!reason.trim())
      missing['reason'] =
        outcome === 'not_a_complaint'
          ? 'Say what the person was told and where they were sent.'
          : `Give the reason, as the ${term} was told it.`;
    if (outcome === 'duplicate' && !original.trim())
      missing['duplicateOfId'] = 'Enter the reference of the complaint it repeats.';
    if (step.check(missing)) return;
    let duplicateOfId: string | undefined;
    if (outcome === 'duplicate') {
      const found = await client.query<
        ComplaintByReferenceQuery,
        ComplaintByReferenceQueryVariables
      >({
        query: COMPLAINT_BY_REFERENCE,
        variables: { search: original.trim().toUpperCase() },
      });
      const match = found.data?.complaints.items.find(
        (i) => i.reference === original.trim().toUpperCase(),
      );
      if (!match) {
        step.check({ duplicateOfId: 'No complaint has that reference.' });
        return;
      }
      duplicateOfId = match.id;
    }
    return step.submit(
      { outcome, reason: reason.trim(), duplicateOfId },
      'The outcome is recorded.',
    );
  };
  return (
    <StepForm
      id="step-other-outcome"
      title="Record another outcome"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Record the outcome"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <p className="hint">None of these is a closure: the record ends without a stage response.</p>
      <Select
        name="outcome"
        label="Outcome"
        value={outcome}
        onChange={setOutcome}
        options={OTHER_OUTCOMES.filter(([o]) => allowed.includes(o))}
        placeholder="Choose…"
      />
      <Field
        name="reason"
        label={outcome === 'not_a_complaint' ? 'Signposting given' : 'Reason'}
        hint={
          outcome === 'not_a_complaint'
            ? 'What the person was told and where they were sent'
            : `As the ${term} was told it`
        }
      >
        {(p) => (
          <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {outcome === 'duplicate' ? (
        <Field
          name="duplicateOfId"
          label="Reference of the complaint it repeats"
          hint="For example CMP-2026-12"
        >
          {(p) => <input {...p} value={original} onChange={(e) => setOriginal(e.target.value)} />}
        </Field>
      ) : null}
    </StepForm>
  );
}
