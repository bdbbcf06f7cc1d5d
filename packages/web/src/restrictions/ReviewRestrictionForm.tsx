import { useState } from 'react';
import { RESTRICTION_KINDS, withPerson } from '@chp/domain';
import { londonToday } from '../lib/format';
import { usePersonTerm } from '../lib/person-term';
import {
  Field,
  FieldGroup,
  onSubmitted,
  Select,
  StepForm,
  TextArea,
  useVersionedMutation,
} from '../lib/forms';
import { CustomerToldFields } from './CustomerToldFields';
import type { DecisionProps } from './DecisionForms';
import { REVIEW_RESTRICTION } from './queries';
import {
  KIND_LABELS,
  REVIEW_FIELDS,
  checkReview,
  reviewDateHint,
  toReviewVariables,
  type ReviewValues,
} from './restriction-input';

const DECISIONS = [
  ['continue', 'Continue it, with a new review date'],
  ['vary', 'Vary it: new terms, told to the {person}'],
  ['lift', 'Lift it'],
] as const;

const DONE = { continue: 'continued', vary: 'varied', lift: 'lifted' } as const;

/** A manager reviews a restriction in force: continue, vary or lift (Part 1 §12). */
export function ReviewRestrictionForm(props: DecisionProps) {
  const r = props.restriction;
  const { term } = usePersonTerm();
  const m = useVersionedMutation(REVIEW_RESTRICTION, {
    record: r,
    fields: REVIEW_FIELDS,
    reload: props.reload,
  });
  const [v, setV] = useState<ReviewValues>({
    decision: '',
    note: '',
    nextReviewOn: '',
    kind: r.kind,
    details: r.details,
    customerToldOn: londonToday(),
    toldOfReview: false,
    toldOfSpso: false,
  });
  const patch = (p: Partial<ReviewValues>) => setV({ ...v, ...p });
  const submit = async () => {
    if (m.check(checkReview(v))) return;
    if (await m.run(toReviewVariables(v)))
      await props.onDone(`Restriction ${v.decision ? DONE[v.decision] : 'reviewed'}.`);
  };
  return (
    <StepForm
      id={`review-restriction-${r.id}`}
      title="Review the restriction"
      state={m}
      onSubmit={onSubmitted(submit)}
      submit="Record the review"
      loading={m.loading}
      onCancel={props.onCancel}
    >
      <FieldGroup name="decision" legend="Decision">
        {DECISIONS.map(([value, label]) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name={`decision-${r.id}`}
              value={value}
              checked={v.decision === value}
              onChange={() => patch({ decision: value })}
            />{' '}
            {withPerson(label, term)}
          </label>
        ))}
      </FieldGroup>
      <TextArea
        name="note"
        label="What the review found"
        value={v.note}
        onChange={(note) => patch({ note })}
      />
      {v.decision === 'continue' || v.decision === 'vary' ? (
        <Field name="nextReviewOn" label="Next review date" hint={reviewDateHint(londonToday())}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={v.nextReviewOn}
              onChange={(e) => patch({ nextReviewOn: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      {v.decision === 'vary' ? (
        <>
          <Select
            name="kind"
            label="How contact is restricted"
            value={v.kind}
            onChange={(kind) => patch({ kind })}
            options={RESTRICTION_KINDS.map((k) => [k, KIND_LABELS[k]] as const)}
          />
          <TextArea
            name="details"
            label="Details"
            value={v.details}
            onChange={(details) => patch({ details })}
          />
          <CustomerToldFields v={v} setV={patch} />
        </>
      ) : null}
    </StepForm>
  );
}
