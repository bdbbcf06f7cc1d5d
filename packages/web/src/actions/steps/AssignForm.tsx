import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { PeopleQuery, PeopleQueryVariables } from '../../generated/graphql';
import { Field, onSubmitted, Select, StepForm } from '../../lib/forms';
import { ASSIGN, PEOPLE } from '../queries';
import { toAssignActionInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

export function AssignForm(props: StepProps) {
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const s = useActionStep(ASSIGN, ['ownerId', 'targetDate'], props);
  const [ownerId, setOwnerId] = useState(props.action.owner.id);
  const [targetDate, setTargetDate] = useState('');
  const owners = (people.data?.people.items ?? [props.action.owner])
    .filter((x) => !('active' in x) || x.active)
    .map((x) => [x.id, x.name] as const);
  return (
    <StepForm
      id="action-assign"
      title="Reassign the action"
      state={s}
      onSubmit={onSubmitted(() =>
        s.submit(toAssignActionInput({ ownerId, targetDate }), 'Action reassigned.'),
      )}
      submit="Reassign"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <div className="form-grid">
        <Select
          name="ownerId"
          label="Owner"
          value={ownerId}
          onChange={setOwnerId}
          options={owners}
        />
        <Field name="targetDate" label="New target date" hint="Optional: leave empty to keep it">
          {(p) => (
            <input
              {...p}
              type="date"
              value={targetDate}
              onChange={(e) => setTargetDate(e.target.value)}
            />
          )}
        </Field>
      </div>
    </StepForm>
  );
}
