import { useEffect, useRef, useState } from 'react';
import { Field, Form, FormActions, onSubmitted, useFormErrors, type FormState } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import type { ItemDraft } from './item-from-candidate';

/** "You said" and "We did" for one item, with the actions it reports on. */
export function ItemForm({
  id,
  level,
  heading,
  initial,
  actionTitles,
  submitLabel,
  state,
  busy,
  focusOnOpen = false,
  onSubmit,
  onCancel,
}: {
  /** The form's id (its fields' ids start with it). */
  id: string;
  /** The error summary's heading level. */
  level: 3 | 4;
  heading: string;
  initial: ItemDraft;
  /** The linked actions' titles, to show what the item reports on. */
  actionTitles: string[];
  submitLabel: string;
  /** The API's answer (from the item's mutation). */
  state: FormState;
  busy: boolean;
  focusOnOpen?: boolean;
  onSubmit: (item: ItemDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [youSaid, setYouSaid] = useState(initial.youSaid);
  const [weDid, setWeDid] = useState(initial.weDid);
  const local = useFormErrors();
  const { term } = usePersonTerm();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) first.current?.focus();
  }, [focusOnOpen]);

  async function submit() {
    const m: Record<string, string> = {};
    if (!youSaid.trim()) m['youSaid'] = 'Say what {person}s told you, in plain words.';
    if (!weDid.trim()) m['weDid'] = 'Say what you changed.';
    if (local.check(m)) return;
    local.clear();
    if (
      await onSubmit({ youSaid: youSaid.trim(), weDid: weDid.trim(), actionIds: initial.actionIds })
    ) {
      setYouSaid('');
      setWeDid('');
    }
  }

  // this form's own check while it fails, else the API's answer
  const shown: FormState = {
    errors: Object.keys(local.errors.fields).length ? local.errors : state.errors,
    attempt: local.attempt + state.attempt,
  };
  return (
    <Form
      id={id}
      level={level}
      state={shown}
      onSubmit={onSubmitted(submit)}
      className="item-form"
      label={heading}
    >
      <Field
        name="youSaid"
        label="You said"
        hint={`What ${term}s told you, with no names or details that identify anyone.`}
      >
        {(p) => (
          <textarea
            {...p}
            ref={first}
            rows={3}
            value={youSaid}
            onChange={(e) => setYouSaid(e.target.value)}
          />
        )}
      </Field>
      <Field name="weDid" label="We did" hint="What changed as a result.">
        {(p) => (
          <textarea {...p} rows={3} value={weDid} onChange={(e) => setWeDid(e.target.value)} />
        )}
      </Field>
      {actionTitles.length ? <p className="hint">Reports on: {actionTitles.join('; ')}</p> : null}
      <FormActions submit={submitLabel} loading={busy} onCancel={onCancel} />
    </Form>
  );
}
