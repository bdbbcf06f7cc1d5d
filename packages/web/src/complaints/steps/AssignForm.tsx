import { useQuery } from '@apollo/client/react';
import { assignableAsHandler, isRole } from '@chp/domain';
import { useState } from 'react';
import type { PeopleQuery, PeopleQueryVariables } from '../../generated/graphql';
import { onSubmitted, Select, StepForm } from '../../lib/forms';
import { PEOPLE } from '../../actions/queries';
import { ASSIGN_HANDLER } from '../queries';
import { checkAssign, toAssignInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';

export function AssignForm(props: StepFormProps) {
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const step = useComplaintStep(ASSIGN_HANDLER, ['handlerId'], props);
  const [handlerId, setHandlerId] = useState(props.complaint.handler?.id ?? '');
  const handlers = (people.data?.people.items ?? []).filter(
    (p) => p.active && isRole(p.role) && assignableAsHandler(p.role),
  );
  const submit = () => {
    if (step.check(checkAssign(handlerId))) return;
    return step.submit(
      toAssignInput(handlerId),
      `Handler: ${handlers.find((h) => h.id === handlerId)?.name ?? 'changed'}.`,
    );
  };
  return (
    <StepForm
      id="step-assign"
      title="Assign the handler"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Assign"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="handlerId"
        label="Handler"
        value={handlerId}
        onChange={setHandlerId}
        options={handlers.map((h) => [h.id, h.name] as const)}
        placeholder="Choose…"
      />
    </StepForm>
  );
}
