import { useState } from 'react';
import { londonToday } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { COMPLETE } from '../queries';
import { checkComplete, toCompleteInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

export function CompleteForm(props: StepProps) {
  const s = useActionStep(
    COMPLETE,
    ['evidence', 'completedOn', 'monitoringUntil', 'learningShared'],
    props,
  );
  const [evidence, setEvidence] = useState('');
  const [completedOn, setCompletedOn] = useState(londonToday());
  const [monitoringUntil, setMonitoringUntil] = useState('');
  const [learningShared, setLearningShared] = useState(props.action.learningShared ?? '');
  const submit = () => {
    const values = { evidence, completedOn, monitoringUntil, learningShared };
    if (s.check(checkComplete(values))) return;
    return s.submit(toCompleteInput(values), 'Action completed.');
  };
  return (
    <StepForm
      id="action-complete"
      title="Complete the action"
      state={s}
      onSubmit={onSubmitted(submit)}
      submit="Mark as done"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      <Field
        name="evidence"
        label="Evidence"
        hint="What shows the action was taken: a new procedure, a training record, a changed letter"
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
      <div className="form-grid">
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
        <Field
          name="monitoringUntil"
          label="Monitor until"
          hint="Optional: when to check the effect"
        >
          {(p) => (
            <input
              {...p}
              type="date"
              value={monitoringUntil}
              onChange={(e) => setMonitoringUntil(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field name="learningShared" label="How the learning was shared with staff" hint="Optional">
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
