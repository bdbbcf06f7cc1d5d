import { useState } from 'react';
import { formatDate } from '../lib/format';
import { Field, onSubmitted, StepForm, useVersionedMutation } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import { checkExtend, toExtendInput } from '../complaints/steps/inputs';
import { REQUEST_EXTENSION, REQUEST_SIGN_OFF } from './queries';

interface OpenComplaint {
  id: string;
  version: number;
  currentStage: number;
  /** The current stage's due date, extension included. */
  deadline: string | null;
}

type Asking = 'extension' | 'signOff' | null;

/**
 * What a handler asks a manager for (docs/procedure.md, Work queues): an extension (§27, §62),
 * which only a manager records, and the sign-off of the stage 2 response (§65). Each request
 * waits in the managers' "Waiting for you" until one of them acts on it.
 */
export function AskAManager({
  complaint,
  reload,
}: {
  complaint: OpenComplaint;
  reload: () => Promise<unknown>;
}) {
  const [asking, setAsking] = useState<Asking>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (next: Exclude<Asking, null>) => {
    setDone(null);
    setAsking(asking === next ? null : next);
  };
  const props = {
    complaint,
    reload,
    onCancel: () => setAsking(null),
    onDone: (message: string) => {
      setAsking(null);
      setDone(message);
    },
  };
  return (
    <section aria-labelledby="ask-manager-heading" className="no-print">
      <h2 id="ask-manager-heading">Ask a manager</h2>
      <div className="step-buttons">
        <button
          type="button"
          aria-expanded={asking === 'extension'}
          onClick={() => toggle('extension')}
        >
          Ask for an extension
        </button>
        {complaint.currentStage === 2 ? (
          <button
            type="button"
            aria-expanded={asking === 'signOff'}
            onClick={() => toggle('signOff')}
          >
            Ask for sign-off
          </button>
        ) : null}
      </div>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {asking === 'extension' ? <AskExtensionForm {...props} /> : null}
      {asking === 'signOff' ? <AskSignOffForm {...props} /> : null}
    </section>
  );
}

interface AskProps {
  complaint: OpenComplaint;
  reload: () => Promise<unknown>;
  onCancel: () => void;
  onDone: (message: string) => void;
}

function AskExtensionForm({ complaint, reload, onCancel, onDone }: AskProps) {
  const { term } = usePersonTerm();
  const ask = useVersionedMutation(REQUEST_EXTENSION, {
    record: complaint,
    fields: ['dueOn', 'reason'],
    reload,
    context: { currentDeadline: complaint.deadline },
  });
  const [dueOn, setDueOn] = useState('');
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (ask.check(checkExtend({ dueOn, reason }))) return;
    if (await ask.run(toExtendInput({ dueOn, reason })))
      onDone(`A manager is asked to agree the extension to ${formatDate(dueOn)}.`);
  };
  return (
    <StepForm
      id="ask-extension"
      title={`Ask for an extension to stage ${complaint.currentStage}`}
      state={ask}
      onSubmit={onSubmitted(submit)}
      submit="Ask a manager"
      loading={ask.loading}
      onCancel={onCancel}
    >
      <Field
        name="dueOn"
        label="New due date"
        hint={`A working day later than the current due date${complaint.deadline ? ` (${formatDate(complaint.deadline)})` : ''}; a manager agrees it (§27, §62).`}
      >
        {(p) => (
          <input {...p} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
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

function AskSignOffForm({ complaint, reload, onCancel, onDone }: AskProps) {
  const ask = useVersionedMutation(REQUEST_SIGN_OFF, { record: complaint, fields: [], reload });
  const submit = async () => {
    if (await ask.run()) onDone('An empowered manager is asked to sign off the response.');
  };
  return (
    <StepForm
      id="ask-sign-off"
      title="Ask for the stage 2 response to be signed off"
      state={ask}
      onSubmit={onSubmitted(submit)}
      submit="Ask a manager"
      loading={ask.loading}
      onCancel={onCancel}
    >
      <p>An empowered manager signs off the final response before it is sent (§65).</p>
    </StepForm>
  );
}
