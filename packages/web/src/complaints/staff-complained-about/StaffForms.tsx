import { useState } from 'react';
import { STAFF_CONTACT_METHODS, STAFF_SHARING } from '@chp/domain';
import { Field, onSubmitted, Select, StepForm, useVersionedMutation } from '../../lib/forms';
import { londonToday } from '../../lib/format';
import { useNowField } from '../steps/shared';
import {
  NAME_STAFF_MEMBER,
  RECORD_RESPONSE_SHARED,
  RECORD_STAFF_NOTIFIED,
  RECORD_STAFF_UPDATE,
  SET_SUPPORT_CONTACT,
} from './queries';
import { CONTACT_METHOD_LABELS, SHARING_LABELS, checkTold } from './staff-panel';

/** What every staff form gets: the complaint on screen (id, version) and what to do after. */
export interface StaffFormProps {
  complaint: { id: string; version: number };
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}

interface Person {
  id: string;
  name: string;
}

const METHOD_OPTIONS = STAFF_CONTACT_METHODS.map((m) => [m, CONTACT_METHOD_LABELS[m]] as const);
const SHARING_OPTIONS = STAFF_SHARING.map((s) => [s, SHARING_LABELS[s]] as const);

function useStaffStep(
  mutation: Parameters<typeof useVersionedMutation>[0],
  fields: string[],
  props: StaffFormProps,
) {
  const step = useVersionedMutation(mutation, {
    record: props.complaint,
    fields,
    reload: props.reload,
  });
  async function submit(variables: Record<string, unknown>, done: string) {
    if (await step.run(variables)) await props.onDone(done);
  }
  return { ...step, submit };
}

/** §48: name a member of staff the complaint is about (they are told by e-mail). */
export function NameStaffForm(props: StaffFormProps & { choices: readonly Person[] }) {
  const step = useStaffStep(NAME_STAFF_MEMBER, ['personId'], props);
  const [personId, setPersonId] = useState('');
  const submit = () => {
    if (step.check(personId ? {} : { personId: 'Choose the member of staff.' })) return;
    const name = props.choices.find((p) => p.id === personId)?.name ?? 'The member of staff';
    return step.submit({ personId }, `${name} named; they have been sent an e-mail.`);
  };
  return (
    <StepForm
      id="staff-name"
      title="Name a member of staff"
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Name"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="personId"
        label="Member of staff complained about"
        value={personId}
        onChange={setPersonId}
        options={props.choices.map((p) => [p.id, p.name] as const)}
        placeholder="Choose…"
      />
    </StepForm>
  );
}

/** §48: when and how they were told, and what of the complaint was shared. */
export function StaffToldForm(props: StaffFormProps & { member: Person }) {
  const step = useStaffStep(
    RECORD_STAFF_NOTIFIED,
    ['at', 'how', 'shared', 'notSharedReason'],
    props,
  );
  const [at, setAt, instant] = useNowField();
  const [how, setHow] = useState('');
  const [shared, setShared] = useState('');
  const [notSharedReason, setReason] = useState('');
  const submit = () => {
    if (step.check(checkTold({ how, shared, notSharedReason }))) return;
    return step.submit(
      {
        personId: props.member.id,
        at: instant(),
        how,
        shared,
        notSharedReason: shared === 'nothing' ? notSharedReason.trim() : null,
      },
      `Recorded that ${props.member.name} was told.`,
    );
  };
  return (
    <StepForm
      id="staff-told"
      title={`Record that ${props.member.name} was told`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="at" label="Told on">
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
      <Select
        name="how"
        label="How they were told"
        value={how}
        onChange={setHow}
        options={METHOD_OPTIONS}
        placeholder="Choose…"
      />
      <Select
        name="shared"
        label="What of the complaint was shared"
        value={shared}
        onChange={setShared}
        options={SHARING_OPTIONS}
        placeholder="Choose…"
      />
      {shared === 'nothing' ? (
        <Field name="notSharedReason" label="Compelling reason for sharing nothing" hint="§48">
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={notSharedReason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </StepForm>
  );
}

/** §48: the support contact, neither the investigator nor the person signing off (the API says so). */
export function SupportContactForm(
  props: StaffFormProps & { member: Person; choices: readonly Person[] },
) {
  const step = useStaffStep(SET_SUPPORT_CONTACT, ['supportContactId'], props);
  const [supportContactId, setId] = useState('');
  const submit = () => {
    if (step.check(supportContactId ? {} : { supportContactId: 'Choose the support contact.' }))
      return;
    const name =
      props.choices.find((p) => p.id === supportContactId)?.name ?? 'The support contact';
    return step.submit(
      { personId: props.member.id, supportContactId },
      `${name} is ${props.member.name}'s support contact and has been sent an e-mail.`,
    );
  };
  return (
    <StepForm
      id="staff-support"
      title={`Set ${props.member.name}'s support contact`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Set support contact"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Select
        name="supportContactId"
        label="Support contact"
        hint="Not the person investigating or signing off the response (§48)"
        value={supportContactId}
        onChange={setId}
        options={props.choices.map((p) => [p.id, p.name] as const)}
        placeholder="Choose…"
      />
    </StepForm>
  );
}

/** §62: an update to the member of staff, counted apart from the customer's. */
export function StaffUpdateForm(props: StaffFormProps & { member: Person }) {
  const step = useStaffStep(RECORD_STAFF_UPDATE, ['at', 'how'], props);
  const [at, setAt, instant] = useNowField();
  const [how, setHow] = useState('');
  const submit = () => {
    if (step.check(how ? {} : { how: 'Choose how they were updated.' })) return;
    return step.submit(
      { personId: props.member.id, at: instant(), how },
      `Update to ${props.member.name} recorded.`,
    );
  };
  return (
    <StepForm
      id="staff-update"
      title={`Record an update to ${props.member.name}`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field name="at" label="Updated on">
        {(p) => (
          <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        )}
      </Field>
      <Select
        name="how"
        label="How they were updated"
        value={how}
        onChange={setHow}
        options={METHOD_OPTIONS}
        placeholder="Choose…"
      />
    </StepForm>
  );
}

/** §33, §68: the day the part of the response about them was shared with them. */
export function ResponseSharedForm(props: StaffFormProps & { member: Person }) {
  const step = useStaffStep(RECORD_RESPONSE_SHARED, ['sharedOn'], props);
  const [sharedOn, setSharedOn] = useState(() => londonToday());
  const submit = () => {
    if (step.check(sharedOn ? {} : { sharedOn: 'Give the date.' })) return;
    return step.submit(
      { personId: props.member.id, sharedOn },
      `Recorded that the response was shared with ${props.member.name}.`,
    );
  };
  return (
    <StepForm
      id="staff-response-shared"
      title={`Record the response shared with ${props.member.name}`}
      state={step}
      onSubmit={onSubmitted(submit)}
      submit="Save"
      loading={step.loading}
      onCancel={props.onCancel}
    >
      <Field
        name="sharedOn"
        label="Shared on"
        hint="The part of the response about them (§33, §68)"
      >
        {(p) => (
          <input
            {...p}
            type="date"
            value={sharedOn}
            onChange={(e) => setSharedOn(e.target.value)}
          />
        )}
      </Field>
    </StepForm>
  );
}
