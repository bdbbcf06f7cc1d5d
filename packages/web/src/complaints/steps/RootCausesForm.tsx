import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RootCausesQuery, RootCausesQueryVariables } from '../../generated/graphql';
import { FieldGroup, onSubmitted, StepForm } from '../../lib/forms';
import { ROOT_CAUSES, SET_ROOT_CAUSES } from '../queries';
import { rootCausesMessage, toRootCausesInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';

/** Root causes from the organisation's taxonomy: sub-causes under their groups. */
export function RootCauseChoices({
  chosen,
  setChosen,
}: {
  chosen: string[];
  setChosen: (ids: string[]) => void;
}) {
  const causes = useQuery<RootCausesQuery, RootCausesQueryVariables>(ROOT_CAUSES);
  if (!causes.data?.rootCauses.length)
    return causes.loading ? <p className="loading">Loading root causes…</p> : null;
  return (
    <FieldGroup name="rootCauseIds" legend="Root causes" className="field root-causes">
      {causes.data.rootCauses.map((r) => (
        <label key={r.id} className={r.parentId ? 'inline sub-cause' : 'inline'}>
          <input
            type="checkbox"
            checked={chosen.includes(r.id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))
            }
          />{' '}
          {r.name}
        </label>
      ))}
    </FieldGroup>
  );
}

export function RootCausesForm(props: StepFormProps) {
  const step = useComplaintStep(SET_ROOT_CAUSES, ['rootCauseIds'], props);
  const [chosen, setChosen] = useState<string[]>(props.complaint.rootCauses.map((r) => r.id));
  return (
    <StepForm
      id="step-root-causes"
      title="Record root causes"
      state={step}
      onSubmit={onSubmitted(() =>
        step.submit(toRootCausesInput(chosen), rootCausesMessage(chosen.length)),
      )}
      submit="Save root causes"
      loading={step.loading}
      onCancel={props.onCancel}
      intro={
        <p className="hint">
          What caused the complaint, from your organisation's list; they feed the trends and the
          Pareto chart.
        </p>
      }
    >
      <RootCauseChoices chosen={chosen} setChosen={setChosen} />
    </StepForm>
  );
}
