import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { addDays, type RuleMessageContext } from '@chp/domain';
import type { ClosureDaysQuery, ClosureDaysQueryVariables } from '../../generated/graphql';
import { formatDate } from '../../lib/format';
import { Field, onSubmitted, StepForm } from '../../lib/forms';
import { CLOSURE_DAYS, EXTEND } from '../queries';
import { checkExtend, toExtendInput } from './inputs';
import { useComplaintStep, type StepFormProps } from './shared';
import { usePersonTerm } from '../../lib/person-term';

/** Stage 1 day 10, computed in the browser with @chp/domain (loaded only for this form). */
function useLatestStageOneExtension(dayOne: string | undefined): string | null {
  const closure = useQuery<ClosureDaysQuery, ClosureDaysQueryVariables>(CLOSURE_DAYS, {
    variables: { from: dayOne ?? '1900-01-01', to: dayOne ? addDays(dayOne, 40) : '1900-01-01' },
    skip: !dayOne,
  });
  const [latest, setLatest] = useState<string | null>(null);
  const closureDays = closure.data?.closureDays.map((d) => d.date);
  const key = closureDays?.join(',');
  useEffect(() => {
    if (!dayOne || key === undefined) return;
    let live = true;
    void import('../domain-hints').then((m) => {
      if (live) setLatest(m.latestStageOneExtension(dayOne, key ? key.split(',') : []));
    });
    return () => {
      live = false;
    };
  }, [dayOne, key]);
  return latest;
}

export function ExtendForm(props: StepFormProps) {
  const { term } = usePersonTerm();
  const c = props.complaint;
  const stage = c.currentStage === 2 ? c.timeline.stage2 : c.timeline.stage1;
  const latest = useLatestStageOneExtension(c.currentStage === 1 ? stage?.dayOne : undefined);
  const ctx: RuleMessageContext = {
    latestExtension: latest,
    stageOneDueOn: c.timeline.stage1?.dueOn,
    currentDeadline: stage?.deadline,
  };
  const step = useComplaintStep(EXTEND, ['dueOn', 'reason'], props, ctx);
  const [dueOn, setDueOn] = useState('');
  const [reason, setReason] = useState('');
  const hint =
    c.currentStage === 1
      ? `A working day after day 5 (${stage ? formatDate(stage.dueOn) : '—'})${latest ? ` and no later than day 10 (${formatDate(latest)})` : ' and no later than day 10'}. Stage 1 can be extended once.`
      : `A working day later than the current due date (${stage ? formatDate(stage.deadline) : '—'}).`;
  const submit = () => {
    const values = { dueOn, reason };
    if (step.check(checkExtend(values))) return;
    return step.submit(
      toExtendInput(values),
      `Stage ${c.currentStage} extended to ${formatDate(dueOn)}.`,
    );
  };
  return (
    <StepForm
      id="step-extend"
      title={`Extend stage ${c.currentStage}`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Extend"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="dueOn" label="New due date" hint={hint}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={dueOn}
            max={latest ?? undefined}
            onChange={(e) => setDueOn(e.target.value)}
          />
        )}
      </Field>
      <Field name="reason" label="Why more time is needed" hint={`Told to the ${term} (§27)`}>
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
    </StepForm>
  );
}
