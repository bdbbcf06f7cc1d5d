import { useState } from 'react';
import { londonToday } from '../lib/format';
import { Field, onSubmitted, StepForm, useVersionedMutation } from '../lib/forms';
import { checkComplete, COMPLETE_FIELDS, toCompleteInput } from './recommendation-input';
import { COMPLETE_SPSO_RECOMMENDATION } from './recommendation-queries';

/** Its owner or a manager records the recommendation completed, with evidence. */
export function CompleteRecommendationForm({
  recommendation,
  onDone,
  onCancel,
  reload,
}: {
  recommendation: { id: string; version: number; recommendation: string };
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}) {
  const step = useVersionedMutation(COMPLETE_SPSO_RECOMMENDATION, {
    record: recommendation,
    fields: COMPLETE_FIELDS,
    reload,
  });
  const [evidence, setEvidence] = useState('');
  const [completedOn, setCompletedOn] = useState(londonToday());
  async function submit() {
    const values = { evidence, completedOn };
    if (step.check(checkComplete(values))) return;
    if (await step.run(toCompleteInput(values))) await onDone('SPSO recommendation completed.');
  }
  return (
    <StepForm
      id={`complete-recommendation-${recommendation.id}`}
      title="Record the recommendation completed"
      intro={<p className="hint">{recommendation.recommendation}</p>}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Mark as completed"
      loading={step.loading}
      onCancel={onCancel}
    >
      <Field
        name="evidence"
        label="Evidence"
        hint="What shows the recommendation was met: a letter sent, a changed procedure, a training record"
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        )}
      </Field>
      <Field name="completedOn" label="Completed on">
        {(p) => (
          <input
            {...p}
            type="date"
            value={completedOn}
            max={londonToday()}
            onChange={(e) => setCompletedOn(e.target.value)}
          />
        )}
      </Field>
    </StepForm>
  );
}
