import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { londonToday } from '../lib/format';
import {
  Field,
  Form,
  FormActions,
  Select,
  TextArea,
  onSubmitted,
  useFormErrors,
} from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import {
  ALTERNATIVE_FIELDS,
  APPROACH_OPTIONS,
  MEETING_FIELDS,
  PLAN_FIELDS,
  REPORT_FIELDS,
  checkAlternative,
  checkMeeting,
  toMeetingInput,
} from './investigation-input';
import {
  ADD_ALTERNATIVE_RESOLUTION,
  ADD_INVESTIGATION_MEETING,
  SAVE_INVESTIGATION_PLAN,
  SAVE_INVESTIGATION_REPORT,
} from './queries';

interface FormProps {
  complaintId: string;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}

interface Plan {
  whatHappened: string;
  whatShouldHaveHappened: string;
  difference: string;
  evidenceNeeded: string;
  version: number;
}

/** §50: the investigation plan, in its four parts; saved with the version read. */
export function PlanForm({
  complaintId,
  plan,
  onDone,
  onCancel,
}: FormProps & { plan: Plan | null }) {
  const [save, { loading }] = useMutation(SAVE_INVESTIGATION_PLAN);
  const form = useFormErrors();
  const [v, setV] = useState({
    whatHappened: plan?.whatHappened ?? '',
    whatShouldHaveHappened: plan?.whatShouldHaveHappened ?? '',
    difference: plan?.difference ?? '',
    evidenceNeeded: plan?.evidenceNeeded ?? '',
  });
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
  async function submit() {
    form.clear();
    try {
      await save({ variables: { complaintId, version: plan?.version ?? 0, ...v } });
      await onDone('Investigation plan saved.');
    } catch (error) {
      form.failFrom(error, PLAN_FIELDS);
    }
  }
  return (
    <Form
      id="investigation-plan"
      state={form}
      onSubmit={onSubmitted(submit)}
      level={4}
      label="Investigation plan"
    >
      <TextArea
        name="whatHappened"
        label="What happened?"
        hint="Records of calls or meetings, work requests, recollections, e-mails"
        value={v.whatHappened}
        onChange={set('whatHappened')}
        rows={3}
      />
      <TextArea
        name="whatShouldHaveHappened"
        label="What should have happened?"
        hint="The policies and procedures that apply"
        value={v.whatShouldHaveHappened}
        onChange={set('whatShouldHaveHappened')}
        rows={3}
      />
      <TextArea
        name="difference"
        label="Is there a difference, and are we responsible?"
        value={v.difference}
        onChange={set('difference')}
        rows={3}
      />
      <TextArea
        name="evidenceNeeded"
        label="Evidence needed"
        hint="What is needed and how it will be obtained (§51: weigh the effort against the seriousness)"
        value={v.evidenceNeeded}
        onChange={set('evidenceNeeded')}
        rows={3}
      />
      <FormActions submit="Save the plan" loading={loading} onCancel={onCancel} />
    </Form>
  );
}

/** §58–59: a meeting with the customer, and when its record is due. */
export function MeetingForm({ complaintId, onDone, onCancel }: FormProps) {
  const [add, { loading }] = useMutation(ADD_INVESTIGATION_MEETING);
  const form = useFormErrors();
  const { term } = usePersonTerm();
  const [v, setV] = useState({
    heldOn: londonToday(),
    staffPresent: '',
    customerSidePresent: '',
    recordFormat: 'written',
    recordDueOn: '',
    recordSentOn: '',
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });
  async function submit() {
    if (form.check(checkMeeting(v))) return;
    form.clear();
    try {
      await add({ variables: toMeetingInput(v, complaintId) });
      await onDone('Meeting recorded.');
    } catch (error) {
      form.failFrom(error, MEETING_FIELDS);
    }
  }
  return (
    <Form
      id="investigation-meeting"
      state={form}
      onSubmit={onSubmitted(submit)}
      level={4}
      label="Add a meeting"
    >
      <Field name="heldOn" label="Date of the meeting">
        {(p) => <input {...p} type="date" value={v.heldOn} onChange={set('heldOn')} />}
      </Field>
      <Field name="staffPresent" label="Staff who attended">
        {(p) => <input {...p} value={v.staffPresent} onChange={set('staffPresent')} />}
      </Field>
      <Field
        name="customerSidePresent"
        label={`Who attended for the ${term}`}
        hint="The person, their representative, an interpreter or supporter"
      >
        {(p) => (
          <input {...p} value={v.customerSidePresent} onChange={set('customerSidePresent')} />
        )}
      </Field>
      <Select
        name="recordFormat"
        label="Record of the meeting"
        value={v.recordFormat}
        onChange={(recordFormat) => setV({ ...v, recordFormat })}
        options={[
          ['written', 'A written record'],
          ['other', 'Another format, agreed with them'],
        ]}
      />
      <Field
        name="recordDueOn"
        label="Record promised by"
        hint={`The date the ${term} was told to expect the record (§59); left empty, 5 working days after the meeting`}
      >
        {(p) => <input {...p} type="date" value={v.recordDueOn} onChange={set('recordDueOn')} />}
      </Field>
      <Field name="recordSentOn" label="Record sent on" hint="Leave empty until it is sent">
        {(p) => <input {...p} type="date" value={v.recordSentOn} onChange={set('recordSentOn')} />}
      </Field>
      <FormActions submit="Add the meeting" loading={loading} onCancel={onCancel} />
    </Form>
  );
}

/** §54–57: an alternative resolution approach, when it ran and its result. */
export function AlternativeForm({ complaintId, onDone, onCancel }: FormProps) {
  const [add, { loading }] = useMutation(ADD_ALTERNATIVE_RESOLUTION);
  const form = useFormErrors();
  const [v, setV] = useState({
    approach: '',
    description: '',
    startedOn: londonToday(),
    endedOn: '',
    result: '',
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });
  async function submit() {
    if (form.check(checkAlternative(v))) return;
    form.clear();
    try {
      await add({
        variables: {
          complaintId,
          approach: v.approach,
          description: v.description.trim() || null,
          startedOn: v.startedOn,
          endedOn: v.endedOn || null,
          result: v.result.trim() || null,
        },
      });
      await onDone('Alternative resolution recorded.');
    } catch (error) {
      form.failFrom(error, ALTERNATIVE_FIELDS);
    }
  }
  return (
    <Form
      id="alternative-resolution"
      state={form}
      onSubmit={onSubmitted(submit)}
      level={4}
      label="Record alternative resolution"
    >
      <Select
        name="approach"
        label="Approach"
        value={v.approach}
        onChange={(approach) => setV({ ...v, approach })}
        options={APPROACH_OPTIONS}
        placeholder="Choose…"
      />
      <TextArea
        name="description"
        label="Who led it and what for"
        hint="Mediation needs a trained, qualified mediator (§54)"
        value={v.description}
        onChange={(description) => setV({ ...v, description })}
      />
      <Field name="startedOn" label="Started on">
        {(p) => <input {...p} type="date" value={v.startedOn} onChange={set('startedOn')} />}
      </Field>
      <Field name="endedOn" label="Ended on">
        {(p) => <input {...p} type="date" value={v.endedOn} onChange={set('endedOn')} />}
      </Field>
      <TextArea
        name="result"
        label="Result"
        value={v.result}
        onChange={(result) => setV({ ...v, result })}
      />
      <FormActions submit="Record the approach" loading={loading} onCancel={onCancel} />
    </Form>
  );
}

interface Report {
  text: string;
  fileId: string | null;
  writtenOn: string;
  version: number;
}

/** Part 4: the investigator's report, as text and/or one of the evidence files. */
export function ReportForm({
  complaintId,
  report,
  files,
  onDone,
  onCancel,
}: FormProps & { report: Report | null; files: readonly { id: string; fileName: string }[] }) {
  const [save, { loading }] = useMutation(SAVE_INVESTIGATION_REPORT);
  const form = useFormErrors();
  const [v, setV] = useState({
    text: report?.text ?? '',
    fileId: report?.fileId ?? '',
    writtenOn: report?.writtenOn ?? londonToday(),
  });
  async function submit() {
    if (
      form.check(
        !v.text.trim() && !v.fileId ? { text: 'Write the report or choose its file.' } : {},
      )
    )
      return;
    form.clear();
    try {
      await save({
        variables: {
          complaintId,
          version: report?.version ?? 0,
          text: v.text,
          fileId: v.fileId || null,
          writtenOn: v.writtenOn,
        },
      });
      await onDone("Investigator's report saved.");
    } catch (error) {
      form.failFrom(error, REPORT_FIELDS);
    }
  }
  return (
    <Form
      id="investigation-report"
      state={form}
      onSubmit={onSubmitted(submit)}
      level={4}
      label="Investigator's report"
    >
      <TextArea
        name="text"
        label="Report"
        value={v.text}
        onChange={(text) => setV({ ...v, text })}
        rows={6}
      />
      <Select
        name="fileId"
        label="Report file"
        hint="An uploaded evidence file holding the report, if any"
        value={v.fileId}
        onChange={(fileId) => setV({ ...v, fileId })}
        options={files.map((f) => [f.id, f.fileName] as const)}
        placeholder="None"
      />
      <Field name="writtenOn" label="Written on">
        {(p) => (
          <input
            {...p}
            type="date"
            value={v.writtenOn}
            onChange={(e) => setV({ ...v, writtenOn: e.target.value })}
          />
        )}
      </Field>
      <FormActions submit="Save the report" loading={loading} onCancel={onCancel} />
    </Form>
  );
}
