import { formatDate } from '../lib/format';
import { Field, FieldGroup, TextArea } from '../lib/forms';
import { CONTACT_TYPES } from './labels';
import type { RecordValues } from './record-complaint-input';
import { usePersonTerm } from '../lib/person-term';

type Setter = (key: keyof RecordValues) => (e: { target: { value: string } }) => void;
type SetValue = (key: keyof RecordValues, value: string) => void;

/** The first question (§11–12): is it a complaint? Anything else is recorded with its signposting. */
export function ContactTypeFields({
  v,
  set,
  setValue,
}: {
  v: RecordValues;
  set: Setter;
  setValue: SetValue;
}) {
  return (
    <>
      <FieldGroup name="contactType" legend="What is this contact?">
        {CONTACT_TYPES.map(([value, label]) => (
          <label className="inline" key={value}>
            <input
              type="radio"
              name="contactType"
              value={value}
              checked={v.contactType === value}
              onChange={set('contactType')}
            />{' '}
            {label}
          </label>
        ))}
      </FieldGroup>
      {v.contactType !== 'complaint' ? (
        <TextArea
          name="signposting"
          label="Signposting given"
          hint="Not a complaint: what the person was told and where they were sent. It is recorded, never counted as a complaint or a closure."
          value={v.signposting}
          onChange={(text) => setValue('signposting', text)}
        />
      ) : null}
    </>
  );
}

/**
 * The questions asked of a complaint before stage 1 (§11; docs/procedure.md, Before stage 1): the
 * time limit (`lastDay` when it has passed), another organisation, a contractor, an elected member.
 */
export function FirstContactQuestions({
  v,
  set,
  setValue,
  lastDay,
  months,
}: {
  v: RecordValues;
  set: Setter;
  setValue: SetValue;
  /** The last day to complain in time, when the complaint was made after it. */
  lastDay: string | null;
  months: number;
}) {
  const { term } = usePersonTerm();
  return (
    <fieldset className="form-grid">
      <legend>Before stage 1</legend>
      {lastDay ? (
        <>
          <FieldGroup
            name="late"
            legend={`Made after the time limit (${months} months: the last day was ${formatDate(lastDay)})`}
          >
            <label className="inline">
              <input
                type="radio"
                name="late"
                value="special"
                checked={v.late === 'special'}
                onChange={set('late')}
              />{' '}
              Take it on: special circumstances
            </label>
            <label className="inline">
              <input
                type="radio"
                name="late"
                value="out_of_time"
                checked={v.late === 'out_of_time'}
                onChange={set('late')}
              />{' '}
              Record it as out of time
            </label>
          </FieldGroup>
          {v.late === 'special' ? (
            <TextArea
              name="specialCircumstances"
              label="Special circumstances"
              value={v.specialCircumstances}
              onChange={(text) => setValue('specialCircumstances', text)}
            />
          ) : null}
          {v.late === 'out_of_time' ? (
            <TextArea
              name="outOfTimeReason"
              label={`Reason, as the ${term} was told it`}
              value={v.outOfTimeReason}
              onChange={(text) => setValue('outOfTimeReason', text)}
            />
          ) : null}
        </>
      ) : null}
      <Field name="otherOrganisation" label="Another organisation involved" hint="Optional">
        {(p) => <input {...p} value={v.otherOrganisation} onChange={set('otherOrganisation')} />}
      </Field>
      {v.otherOrganisation.trim() ? (
        <TextArea
          name="passedToOtherOrganisation"
          label="What was passed to it"
          value={v.passedToOtherOrganisation}
          onChange={(text) => setValue('passedToOtherOrganisation', text)}
        />
      ) : null}
      <Field
        name="contractor"
        label="Contractor it is about"
        hint="Optional: reported per contractor"
      >
        {(p) => <input {...p} value={v.contractor} onChange={set('contractor')} />}
      </Field>
      <Field
        name="electedMember"
        label={`Elected member acting for the ${term}`}
        hint="Optional: recorded only; handled like any other complaint"
      >
        {(p) => <input {...p} value={v.electedMember} onChange={set('electedMember')} />}
      </Field>
    </fieldset>
  );
}
