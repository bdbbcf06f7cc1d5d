import { useMutation, useQuery } from '@apollo/client/react';
import { complaintTimeLimit, DEFAULT_COMPLAINT_TIME_LIMIT_MONTHS } from '@chp/domain';
import { useState } from 'react';
import {
  Field,
  FieldGroup,
  Form,
  FormActions,
  onSubmitted,
  Select,
  TextArea,
  useFormErrors,
} from '../lib/forms';
import type {
  ComplaintTimeLimitQuery,
  RecordComplaintMutation,
  RecordComplaintMutationVariables,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { instantToLondonLocal, londonLocalToInstant } from '../lib/london-time';
import { navigate } from '../lib/router';
import { CustomerFields } from './CustomerFields';
import { CustomerSideFields } from './CustomerSideFields';
import {
  blankCustomerSide,
  checkCustomerSide,
  CUSTOMER_SIDE_FIELDS,
  withCustomerSide,
} from './customer-side-input';
import { ContactTypeFields, FirstContactQuestions } from './FirstContactFields';
import { OpenComplaintsWarning } from './OpenComplaintsWarning';
import { NEW_COMPLAINT_CHANNEL_OPTIONS } from './labels';
import { COMPLAINT_TIME_LIMIT, RECORD_COMPLAINT } from './queries';
import {
  blankRecord,
  checkRecord,
  keptAtStageOne,
  RECORD_FIELDS,
  toRecordComplaintInput,
  type RecordValues,
} from './record-complaint-input';
import { usePersonTerm } from '../lib/person-term';

/** Records a new complaint (docs/procedure.md, What every complaint records: record what the customer gives), then opens it. */
export function RecordComplaintForm({
  serviceAreas,
  onCancel,
}: {
  serviceAreas: { id: string; name: string }[];
  onCancel: () => void;
}) {
  const { term } = usePersonTerm();
  const [record, { loading }] = useMutation<
    RecordComplaintMutation,
    RecordComplaintMutationVariables
  >(RECORD_COMPLAINT, {
    refetchQueries: ['Register'],
  });
  const [v, setV] = useState<RecordValues>(() => blankRecord(instantToLondonLocal(new Date())));
  const [side, setSide] = useState(blankCustomerSide);
  const form = useFormErrors();
  const settings = useQuery<ComplaintTimeLimitQuery>(COMPLAINT_TIME_LIMIT);
  const months =
    settings.data?.organisation.complaintTimeLimitMonths ?? DEFAULT_COMPLAINT_TIME_LIMIT_MONTHS;
  const complaint = v.contactType === 'complaint';
  const receivedOn = v.receivedAt.slice(0, 10);
  // §11: the time limit, as the domain computes it (the API checks it again)
  const limit =
    complaint && v.awareOn && /^\d{4}-\d{2}-\d{2}$/.test(receivedOn) && v.awareOn <= receivedOn
      ? complaintTimeLimit({ awareOn: v.awareOn, receivedOn }, months)
      : null;
  const lastDay = limit && !limit.inTime ? limit.lastDay : null;
  const setValue = (key: keyof RecordValues, value: string) => setV({ ...v, [key]: value });
  const set = (key: keyof RecordValues) => (e: { target: { value: string } }) =>
    setValue(key, e.target.value);

  async function submit() {
    const ownDetails = [v.name, v.email, v.phone, v.postcode, v.preferredContact].some(Boolean);
    if (form.check({ ...checkRecord(v, lastDay !== null), ...checkCustomerSide(side, ownDetails) }))
      return;
    form.clear();
    try {
      const result = await record({
        variables: withCustomerSide(toRecordComplaintInput(v, londonLocalToInstant), side),
      });
      const id = result.data?.recordComplaint.id;
      if (id) navigate(`/complaints/${id}?recorded=1`);
    } catch (error) {
      form.failFrom(error, [...RECORD_FIELDS, ...CUSTOMER_SIDE_FIELDS]);
    }
  }

  return (
    <section className="panel" aria-labelledby="record-heading">
      <h2 id="record-heading">Record a complaint</h2>
      <Form id="record" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <ContactTypeFields v={v} set={set} setValue={setValue} />
        <div className="form-grid">
          <Field
            name="receivedAt"
            label="Received"
            hint="Date and time the complaint arrived (UK time)"
          >
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={v.receivedAt}
                onChange={set('receivedAt')}
              />
            )}
          </Field>
          {complaint ? (
            <FieldGroup name="stage" legend="Stage">
              <label className="inline">
                <input
                  type="radio"
                  name="stage"
                  value="1"
                  checked={v.stage === '1'}
                  onChange={set('stage')}
                />{' '}
                Stage 1 (frontline response)
              </label>
              <label className="inline">
                <input
                  type="radio"
                  name="stage"
                  value="2"
                  checked={v.stage === '2'}
                  onChange={set('stage')}
                />{' '}
                Straight to stage 2 (investigation)
              </label>
            </FieldGroup>
          ) : null}
          <Select
            name="channel"
            label="How it arrived"
            value={v.channel}
            onChange={(value) =>
              setV({
                ...v,
                channel:
                  oneOf(
                    NEW_COMPLAINT_CHANNEL_OPTIONS.map(([c]) => c),
                    value,
                  ) ?? v.channel,
              })
            }
            options={NEW_COMPLAINT_CHANNEL_OPTIONS}
            hint="Not social media: there, tell the person how to complain"
          />
          <Select
            name="serviceAreaId"
            label="Service area"
            value={v.serviceAreaId}
            onChange={(value) => setValue('serviceAreaId', value)}
            options={serviceAreas.map((a) => [a.id, a.name] as const)}
            placeholder="Choose…"
          />
          <Field name="category" label="Category">
            {(p) => <input {...p} value={v.category} onChange={set('category')} />}
          </Field>
          <Field
            name="awareOn"
            label={`When the ${term} first knew of the problem`}
            hint="Optional: starts the escalation and SPSO time limits"
          >
            {(p) => <input {...p} type="date" value={v.awareOn} onChange={set('awareOn')} />}
          </Field>
        </div>
        <TextArea
          name="summary"
          label="What the complaint is about"
          rows={3}
          value={v.summary}
          onChange={(text) => setValue('summary', text)}
        />
        <TextArea
          name="outcomeSought"
          label={`What the ${term} wants to happen`}
          hint="Optional"
          value={v.outcomeSought}
          onChange={(text) => setValue('outcomeSought', text)}
        />
        {complaint ? (
          <>
            <label className="inline checkbox">
              <input
                type="checkbox"
                name="serious"
                checked={v.serious}
                onChange={(e) => setV({ ...v, serious: e.target.checked })}
              />{' '}
              Serious, high-risk or high-profile
            </label>
            {keptAtStageOne(v) ? (
              <TextArea
                name="seriousStageOneReason"
                label="Why it is not going straight to stage 2"
                hint="A serious, high-risk or high-profile complaint normally goes to stage 2 (§36). Managers see the complaints kept at stage 1."
                value={v.seriousStageOneReason}
                onChange={(text) => setValue('seriousStageOneReason', text)}
              />
            ) : null}
            <FirstContactQuestions
              v={v}
              set={set}
              setValue={setValue}
              lastDay={lastDay}
              months={months}
            />
          </>
        ) : null}
        <CustomerFields
          v={v}
          set={set}
          setValue={setValue}
          setSurveyConsent={(agrees) => setV({ ...v, surveyConsent: agrees })}
        />
        <CustomerSideFields v={side} onChange={setSide} />
        <OpenComplaintsWarning name={v.name} email={v.email} postcode={v.postcode} />
        <FormActions
          submit={complaint ? 'Record the complaint' : 'Record the contact'}
          busy="Recording…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
