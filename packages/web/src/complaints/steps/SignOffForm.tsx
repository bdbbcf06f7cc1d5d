import { onSubmitted, StepForm } from '../../lib/forms';
import { SIGN_OFF } from '../queries';
import { useComplaintStep, type StepFormProps } from './shared';

export function SignOffForm(props: StepFormProps) {
  const step = useComplaintStep(SIGN_OFF, [], props);
  return (
    <StepForm
      id="step-sign-off"
      title="Sign off the stage 2 response"
      state={step}
      onSubmit={onSubmitted(() => step.submit({}, 'Stage 2 response signed off.'))}
      submit="Sign off"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <p>
        You confirm that you are empowered to give the organisation's final response, and that it
        may be sent (§65).
      </p>
    </StepForm>
  );
}
