import { formatDate } from '../../lib/format';
import { onSubmitted, StepForm } from '../../lib/forms';
import { AUTHORISE } from '../queries';
import { useActionStep, type StepProps } from './shared';

export function AuthoriseForm(props: StepProps) {
  const s = useActionStep(AUTHORISE, [], props);
  return (
    <StepForm
      id="action-authorise"
      title="Authorise the action"
      state={s}
      onSubmit={onSubmitted(() => s.submit({}, 'Action authorised.'))}
      submit="Authorise"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <p>
        {props.action.owner.name} will own it, with a target date of{' '}
        {formatDate(props.action.targetDate)}.
      </p>
    </StepForm>
  );
}
