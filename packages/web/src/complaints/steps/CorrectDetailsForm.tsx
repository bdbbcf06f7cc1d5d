import { useQuery } from '@apollo/client/react';
import { assignableAsHandler, isManager, isRole, isSeriousAtStageOne } from '@chp/domain';
import { useState } from 'react';
import type { PeopleQuery, PeopleQueryVariables, ServiceAreasQuery } from '../../generated/graphql';
import { PEOPLE } from '../../actions/queries';
import { useMe } from '../../auth/me-context';
import { Field, onSubmitted, Select, StepForm, TextArea } from '../../lib/forms';
import { CUSTOMER_FIELDS, correctionInput, type CorrectionValues } from '../corrections';
import { CHANNELS } from '../labels';
import { CORRECT_COMPLAINT, SERVICE_AREAS } from '../queries';
import type { ComplaintDetail } from '../types';
import { CorrectCustomerFields } from './CorrectCustomerFields';
import { NamedStaffField } from './NamedStaffField';
import { useComplaintStep, type StepFormProps } from './shared';

const customerField = (f: string) => `customer${f[0]!.toUpperCase()}${f.slice(1)}`;
const FIELDS = [
  'serviceAreaId',
  'category',
  'channel',
  'awareOn',
  'serious',
  'seriousStageOneReason',
  'summary',
  'outcomeSought',
  'handlerId',
  'namedStaffIds',
  ...CUSTOMER_FIELDS.map(customerField),
  'reason',
];
/** The API names a detail `input.<field>` or `customer.<field>`: each to its field on the form. */
const ALIASES: Record<string, string> = Object.fromEntries([
  ...FIELDS.map((f): [string, string] => [`input.${f}`, f]),
  ...CUSTOMER_FIELDS.flatMap((f): [string, string][] => [
    [`customer.${f}`, customerField(f)],
    [`input.customer.${f}`, customerField(f)],
  ]),
  ['input', 'reason'],
]);

/** The details as recorded, those the viewer may see and change. */
function recorded(c: ComplaintDetail, personal: boolean, manager: boolean): CorrectionValues {
  const customer = c.customer;
  return {
    serviceAreaId: c.serviceArea.id,
    category: c.category,
    channel: c.channel,
    awareOn: c.awareOn ?? '',
    serious: c.serious,
    seriousStageOneReason: c.seriousStageOneReason ?? '',
    ...(personal
      ? {
          summary: c.summary ?? '',
          outcomeSought: c.outcomeSought ?? '',
          customer: {
            name: customer?.name ?? '',
            email: customer?.email ?? '',
            phone: customer?.phone ?? '',
            address: customer?.address ?? '',
            postcode: customer?.postcode ?? '',
            preferredContact: customer?.preferredContact ?? '',
            surveyConsent: customer?.surveyConsent ?? false,
          },
          namedStaffIds: (c.namedStaff ?? []).map((p) => p.id),
        }
      : {}),
    ...(manager ? { handlerId: c.handler?.id ?? '' } : {}),
  };
}

/**
 * Correct details recorded wrongly, with the reason (docs/procedure.md, Correcting a record).
 * Personal details are on the form for roles that see personal data; the handler for managers.
 */
export function CorrectDetailsForm(props: StepFormProps & { personal: boolean }) {
  const c = props.complaint;
  const manager = isManager(useMe().role);
  const areas = useQuery<ServiceAreasQuery>(SERVICE_AREAS);
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE, { skip: !manager });
  const step = useComplaintStep(CORRECT_COMPLAINT, FIELDS, props, {}, ALIASES);
  const was = recorded(c, props.personal, manager);
  const [now, setNow] = useState<CorrectionValues>(was);
  const [reason, setReason] = useState('');
  const set = <K extends keyof CorrectionValues>(k: K, v: CorrectionValues[K]) =>
    setNow((n) => ({ ...n, [k]: v }));
  const areaOptions = (areas.data?.serviceAreas ?? [])
    .filter((a) => a.active || a.id === was.serviceAreaId)
    .map((a) => [a.id, a.name] as const);
  const handlers = [
    ...(c.handler ? [c.handler] : []),
    ...(people.data?.people.items ?? []).filter(
      (p) => p.active && isRole(p.role) && assignableAsHandler(p.role) && p.id !== c.handler?.id,
    ),
  ].map((p) => [p.id, p.name] as const);
  // §36: a serious complaint kept at stage 1 says why it is not at stage 2
  const asksStageOneReason = isSeriousAtStageOne({
    serious: now.serious,
    stage: c.currentStage === 2 ? 2 : c.currentStage === 1 ? 1 : null,
  });
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
        options={
          areaOptions.length ? areaOptions : [[c.serviceArea.id, c.serviceArea.name] as const]
        }
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
      {asksStageOneReason ? (
        <TextArea
          name="seriousStageOneReason"
          label="Why it stays at stage 1 and not stage 2"
          hint="A serious complaint at stage 1 needs the reason (§36)"
          value={now.seriousStageOneReason ?? ''}
          onChange={(v) => set('seriousStageOneReason', v)}
        />
      ) : null}
      {now.summary !== undefined ? (
        <TextArea
          name="summary"
          label="Summary"
          rows={3}
          value={now.summary}
          onChange={(v) => set('summary', v)}
        />
      ) : null}
      {now.outcomeSought !== undefined ? (
        <TextArea
          name="outcomeSought"
          label="Outcome sought"
          value={now.outcomeSought}
          onChange={(v) => set('outcomeSought', v)}
        />
      ) : null}
      {now.customer ? (
        <CorrectCustomerFields value={now.customer} onChange={(v) => set('customer', v)} />
      ) : null}
      {now.handlerId !== undefined ? (
        <Select
          name="handlerId"
          label="Handler"
          hint="Managers assign the handler"
          value={now.handlerId}
          onChange={(v) => set('handlerId', v)}
          options={handlers}
          placeholder={was.handlerId ? undefined : 'Not assigned'}
        />
      ) : null}
      {now.namedStaffIds ? (
        <NamedStaffField
          value={now.namedStaffIds}
          named={c.namedStaff ?? []}
          onChange={(ids) => set('namedStaffIds', ids)}
        />
      ) : null}
      <TextArea
        name="reason"
        label="Why the record was wrong"
        hint="Kept in the journey"
        value={reason}
        onChange={setReason}
      />
    </StepForm>
  );
}
