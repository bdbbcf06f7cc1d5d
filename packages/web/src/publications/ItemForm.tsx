import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FormErrors } from '../lib/errors';
import { Field, FormError } from '../lib/ui';
import type { ItemDraft } from './item-from-candidate';

/** "You said" and "We did" for one item, with the actions it reports on. */
export function ItemForm({
  heading,
  initial,
  actionTitles,
  submitLabel,
  errors,
  busy,
  focusOnOpen = false,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: ItemDraft;
  /** The linked actions' titles, to show what the item reports on. */
  actionTitles: string[];
  submitLabel: string;
  errors: FormErrors;
  busy: boolean;
  focusOnOpen?: boolean;
  onSubmit: (item: ItemDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [youSaid, setYouSaid] = useState(initial.youSaid);
  const [weDid, setWeDid] = useState(initial.weDid);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) first.current?.focus();
  }, [focusOnOpen]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const m: Record<string, string> = {};
    if (!youSaid.trim()) m['youSaid'] = 'Say what customers told you, in plain words.';
    if (!weDid.trim()) m['weDid'] = 'Say what you changed.';
    setMissing(m);
    if (Object.keys(m).length) return;
    if (
      await onSubmit({ youSaid: youSaid.trim(), weDid: weDid.trim(), actionIds: initial.actionIds })
    ) {
      setYouSaid('');
      setWeDid('');
    }
  }

  return (
    <form onSubmit={submit} noValidate className="item-form" aria-label={heading}>
      <FormError message={errors.form} />
      <Field
        label="You said"
        hint="What customers told you, with no names or details that identify anyone."
        error={missing['youSaid'] ?? errors.fields['youSaid']}
      >
        {(p) => (
          <textarea
            {...p}
            ref={first}
            name="youSaid"
            rows={3}
            value={youSaid}
            onChange={(e) => setYouSaid(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="We did"
        hint="What changed as a result."
        error={missing['weDid'] ?? errors.fields['weDid']}
      >
        {(p) => (
          <textarea
            {...p}
            name="weDid"
            rows={3}
            value={weDid}
            onChange={(e) => setWeDid(e.target.value)}
          />
        )}
      </Field>
      {actionTitles.length ? <p className="hint">Reports on: {actionTitles.join('; ')}</p> : null}
      <div className="actions-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
