import { useState } from 'react';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { EDIT_SUMMARY } from '../queries';
import { toSummaryInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

export function SummaryForm(props: StepProps) {
  const s = useActionStep(EDIT_SUMMARY, ['publicSummary', 'learningShared', 'description'], props);
  const [publicSummary, setPublicSummary] = useState(props.action.publicSummary ?? '');
  const [learningShared, setLearningShared] = useState(props.action.learningShared ?? '');
  return (
    <StepForm
      id="action-summary"
      title="Edit the public summary"
      state={s}
      onSubmit={onSubmitted(() =>
        s.submit(toSummaryInput({ publicSummary, learningShared }), 'Summary saved.'),
      )}
      submit="Save"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <Field
        name="publicSummary"
        label="Public summary (“you said, we did”)"
        hint="Plain words, no personal data"
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={publicSummary}
            onChange={(e) => setPublicSummary(e.target.value)}
          />
        )}
      </Field>
      <Field name="learningShared" label="How the learning was shared with staff">
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={learningShared}
            onChange={(e) => setLearningShared(e.target.value)}
          />
        )}
      </Field>
    </StepForm>
  );
}
