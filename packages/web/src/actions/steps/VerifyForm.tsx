import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { Field, FieldGroup, onSubmitted, StepForm } from '../../lib/forms';
import { VERIFY } from '../queries';
import { RecurrenceFigures } from '../Recurrence';
import { checkVerify, toVerifyInput } from './inputs';
import { useActionStep, type StepProps } from './shared';

const EFFECTS = [
  ['effective', 'Effective'],
  ['partly_effective', 'Partly effective'],
  ['not_effective', 'Not effective'],
] as const;

export function VerifyForm(props: StepProps) {
  const until = props.action.monitoringUntil;
  const s = useActionStep(VERIFY, ['effectiveness', 'note'], props, { monitoringUntil: until });
  const [effectiveness, setEffectiveness] = useState('');
  const [note, setNote] = useState('');
  const submit = () => {
    const values = { effectiveness, note };
    if (s.check(checkVerify(values))) return;
    return s.submit(toVerifyInput(values), 'Effect recorded.');
  };
  return (
    <StepForm
      id="action-verify"
      title="Record the effect after monitoring"
      state={s}
      onSubmit={onSubmitted(submit)}
      submit="Record the effect"
      loading={s.loading}
      onCancel={props.onCancel}
    >
      {props.action.recurrenceByMonth ? (
        <section aria-label="The figures recorded with this finding">
          <p className="hint">These figures are recorded with your finding.</p>
          <RecurrenceFigures
            figures={props.action.recurrenceByMonth}
            title="Complaints with its root causes"
            chart={false}
          />
        </section>
      ) : null}
      <FieldGroup
        name="effectiveness"
        legend="Effect"
        hint={until ? `Monitoring runs until ${formatDate(until)}.` : undefined}
      >
        {EFFECTS.map(([v, t]) => (
          <label key={v} className="inline">
            <input
              type="radio"
              name="effectiveness"
              value={v}
              checked={effectiveness === v}
              onChange={() => setEffectiveness(v)}
            />{' '}
            {t}
          </label>
        ))}
      </FieldGroup>
      <Field name="note" label="What monitoring found">
        {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </StepForm>
  );
}
