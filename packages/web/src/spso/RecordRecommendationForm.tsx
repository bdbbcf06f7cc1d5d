import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  PeopleQuery,
  PeopleQueryVariables,
  RecordSpsoRecommendationMutation,
  RecordSpsoRecommendationMutationVariables,
} from '../generated/graphql';
import { PEOPLE } from '../actions/queries';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { checkRecord, RECORD_FIELDS, toRecordInput } from './recommendation-input';
import { RECORD_SPSO_RECOMMENDATION } from './recommendation-queries';

/** A manager records what the SPSO recommended on the complaint, with a due date and an owner. */
export function RecordRecommendationForm({
  complaintId,
  onDone,
  onCancel,
}: {
  complaintId: string;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const [record, { loading }] = useMutation<
    RecordSpsoRecommendationMutation,
    RecordSpsoRecommendationMutationVariables
  >(RECORD_SPSO_RECOMMENDATION);
  const [v, setV] = useState({ recommendation: '', dueOn: '', ownerId: '' });
  const form = useFormErrors();

  async function submit() {
    if (form.check(checkRecord(v))) return;
    form.clear();
    try {
      await record({ variables: toRecordInput(v, complaintId) });
      await onDone('SPSO recommendation recorded.');
    } catch (error) {
      form.failFrom(error, RECORD_FIELDS);
    }
  }

  return (
    <section className="panel step-form" aria-labelledby="record-recommendation-heading">
      <h3 id="record-recommendation-heading">Record an SPSO recommendation</h3>
      <Form id="record-recommendation" state={form} onSubmit={onSubmitted(submit)} level={4}>
        <Field name="recommendation" label="What the SPSO recommended">
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={v.recommendation}
              onChange={(e) => setV({ ...v, recommendation: e.target.value })}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field name="dueOn" label="Due on" hint="The date the SPSO asked for">
            {(p) => (
              <input
                {...p}
                type="date"
                value={v.dueOn}
                onChange={(e) => setV({ ...v, dueOn: e.target.value })}
              />
            )}
          </Field>
          <Select
            name="ownerId"
            label="Owner"
            hint="Who sees it done"
            value={v.ownerId}
            onChange={(ownerId) => setV({ ...v, ownerId })}
            options={(people.data?.people.items ?? [])
              .filter((x) => x.active)
              .map((x) => [x.id, x.name] as const)}
            placeholder="Choose…"
          />
        </div>
        <FormActions
          submit="Record the recommendation"
          busy="Recording…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
