import { useState } from 'react';
import { londonToday } from '../../lib/format';
import { Field, onSubmitted, Select, StepForm } from '../../lib/forms';
import { SPSO_DECISIONS } from '../labels';
import { SPSO_DECISION } from '../queries';
import { checkSpsoDecision, toSpsoDecisionInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';

export function SpsoDecisionForm(props: StepFormProps) {
  const step = useComplaintStep(SPSO_DECISION, ['decision', 'decidedOn'], props);
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState(londonToday());
  const submit = () => {
    const values = { decision, decidedOn };
    if (step.check(checkSpsoDecision(values))) return;
    return step.submit(toSpsoDecisionInput(values), "The SPSO's decision is recorded.");
  };
  return (
    <StepForm
      id="step-spso-decision"
      title="Record the SPSO's decision"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="decision"
        label="Decision"
        value={decision}
        onChange={setDecision}
        options={SPSO_DECISIONS}
        placeholder="Choose…"
      />
      <Field name="decidedOn" label="Decided on">
        {(p) => (
          <input
            {...p}
            type="date"
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.target.value)}
          />
        )}
      </Field>
    </StepForm>
  );
}
