import { useState } from 'react';
import type { OutboxQuery } from '../generated/graphql';
import { Field, FormActions, Form, onSubmitted, useVersionedMutation } from '../lib/forms';
import { SuccessMessage } from '../lib/ui';
import { UPDATE_MAIL_SETTINGS } from './queries';

type Settings = OutboxQuery['mailSettings'];
const FIELDS = ['reminderLeadDays', 'sendFrom', 'sendUntil'] as const;

/** The reminder lead and the hours mail is sent in (docs/procedure.md, Reminders and e-mail). */
export function MailSettingsForm({
  settings,
  reload,
}: {
  settings: Settings;
  reload: () => Promise<unknown>;
}) {
  const m = useVersionedMutation(UPDATE_MAIL_SETTINGS, {
    record: { id: 'organisation', version: settings.version },
    fields: FIELDS,
    reload,
  });
  const [v, setV] = useState({
    reminderLeadDays: String(settings.reminderLeadDays),
    sendFrom: settings.sendFrom,
    sendUntil: settings.sendUntil,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async () => {
    setSaved(null);
    const lead = Number(v.reminderLeadDays);
    if (
      m.check(
        Number.isInteger(lead) && lead >= 0 && lead <= 30
          ? {}
          : { reminderLeadDays: 'Enter a whole number of working days from 0 to 30.' },
      )
    )
      return;
    if (await m.run({ reminderLeadDays: lead, sendFrom: v.sendFrom, sendUntil: v.sendUntil })) {
      await reload();
      setSaved('Mail settings saved.');
    }
  };
  return (
    <section className="panel" aria-labelledby="mail-settings-title">
      <h2 id="mail-settings-title">When reminders are sent</h2>
      <SuccessMessage message={saved} />
      <Form id="mail-settings" state={m} onSubmit={onSubmitted(submit)} level={3}>
        <Field
          name="reminderLeadDays"
          label="Working days before an action's target date"
          hint="The owner is reminded then, on the day, and every week while it is overdue."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={v.reminderLeadDays}
              onChange={(e) => setV({ ...v, reminderLeadDays: e.target.value })}
            />
          )}
        </Field>
        <Field name="sendFrom" label="Send from (UK time)" hint="On working days only">
          {(p) => (
            <input
              {...p}
              type="time"
              value={v.sendFrom}
              onChange={(e) => setV({ ...v, sendFrom: e.target.value })}
            />
          )}
        </Field>
        <Field name="sendUntil" label="Send until (UK time)">
          {(p) => (
            <input
              {...p}
              type="time"
              value={v.sendUntil}
              onChange={(e) => setV({ ...v, sendUntil: e.target.value })}
            />
          )}
        </Field>
        <FormActions submit="Save mail settings" loading={m.loading} />
      </Form>
    </section>
  );
}
