import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ServiceAreasQuery } from '../../generated/graphql';
import { Field, onSubmitted, Select, StepForm } from '../../lib/forms';
import { correctionInput, type CorrectionValues } from '../corrections';
import { CHANNELS } from '../labels';
import { CORRECT_COMPLAINT, SERVICE_AREAS } from '../queries';
import { useComplaintStep, type StepFormProps } from './shared';

const FIELDS = ['serviceAreaId', 'category', 'channel', 'awareOn', 'serious', 'summary', 'reason'];
const ALIASES: Record<string, string> = Object.fromEntries([
  ...FIELDS.map((f): [string, string] => [`input.${f}`, f]),
  ['input', 'reason'],
  ['seriousStageOneReason', 'serious'],
  ['customer.name', 'customerName'],
  ['input.customer.name', 'customerName'],
]);

/** Correct details recorded wrongly, with the reason (docs/procedure.md, Correcting a record). */
export function CorrectDetailsForm(props: StepFormProps & { personal: boolean }) {
  const c = props.complaint;
  const areas = useQuery<ServiceAreasQuery>(SERVICE_AREAS);
  const step = useComplaintStep(CORRECT_COMPLAINT, [...FIELDS, 'customerName'], props, {}, ALIASES);
  const was: CorrectionValues = {
    serviceAreaId: c.serviceArea.id,
    category: c.category,
    channel: c.channel,
    awareOn: c.awareOn ?? '',
    serious: c.serious,
    ...(props.personal ? { summary: c.summary ?? '', customerName: c.customer?.name ?? '' } : {}),
  };
  const [now, setNow] = useState<CorrectionValues>(was);
  const [reason, setReason] = useState('');
  const set = <K extends keyof CorrectionValues>(k: K, v: CorrectionValues[K]) =>
    setNow((n) => ({ ...n, [k]: v }));
  const options = (areas.data?.serviceAreas ?? [])
    .filter((a) => a.active || a.id === was.serviceAreaId)
    .map((a) => [a.id, a.name] as const);
  const submit = () =>
    step.submit({ input: correctionInput(was, now), reason }, 'Details corrected.');
  return (
    <StepForm
      id="step-correct"
      title="Correct details"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save the correction"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="serviceAreaId"
        label="Service area"
        value={now.serviceAreaId}
        onChange={(v) => set('serviceAreaId', v)}
        options={options.length ? options : [[c.serviceArea.id, c.serviceArea.name] as const]}
      />
      <Field name="category" label="Category">
        {(p) => (
          <input {...p} value={now.category} onChange={(e) => set('category', e.target.value)} />
        )}
      </Field>
      <Select
        name="channel"
        label="Channel"
        value={now.channel}
        onChange={(v) => set('channel', v)}
        options={CHANNELS}
      />
      <Field
        name="awareOn"
        label="Date the customer first knew of the problem"
        hint="Moves the time limits for escalation and the SPSO (§36, §75)"
      >
        {(p) => (
          <input
            {...p}
            type="date"
            value={now.awareOn}
            onChange={(e) => set('awareOn', e.target.value)}
          />
        )}
      </Field>
      <Field name="serious" label="Serious, high-risk or high-profile (§36)">
        {(p) => (
          <input
            {...p}
            type="checkbox"
            checked={now.serious}
            onChange={(e) => set('serious', e.target.checked)}
          />
        )}
      </Field>
      {props.personal ? (
        <>
          <Field name="summary" label="Summary">
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={now.summary}
                onChange={(e) => set('summary', e.target.value)}
              />
            )}
          </Field>
          <Field name="customerName" label="Customer name">
            {(p) => (
              <input
                {...p}
                value={now.customerName}
                onChange={(e) => set('customerName', e.target.value)}
              />
            )}
          </Field>
        </>
      ) : null}
      <Field name="reason" label="Why the record was wrong" hint="Kept in the journey">
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
    </StepForm>
  );
}
