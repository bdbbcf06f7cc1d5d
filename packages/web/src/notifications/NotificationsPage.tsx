import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  MailDelivery,
  MyMailPreferencesQuery,
  MyMailPreferencesQueryVariables,
} from '../generated/graphql';
import { FieldGroup, Form, FormActions, onSubmitted, useVersionedMutation } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState, SuccessMessage } from '../lib/ui';
import { MY_MAIL_PREFERENCES, UPDATE_MY_MAIL_PREFERENCES } from './queries';

type Preferences = MyMailPreferencesQuery['myMailPreferences'];
const FIELDS = [
  'actionReminders',
  'complaintReminders',
  'approvalReminders',
  'weeklyDigest',
  'delivery',
] as const;

const KINDS = [
  ['actionReminders', 'Reminders about improvement actions I own'],
  ['complaintReminders', 'Reminders about deadlines of complaints I handle'],
  ['approvalReminders', 'Reminders when something waits for my approval'],
  ['weeklyDigest', 'The weekly digest of complaints (senior managers)'],
] as const;

const DELIVERIES: [MailDelivery, string][] = [
  ['immediate', 'Each reminder when it falls due'],
  ['daily_summary', 'One summary each working morning'],
];

function PreferencesForm({
  preferences,
  reload,
}: {
  preferences: Preferences;
  reload: () => Promise<unknown>;
}) {
  const m = useVersionedMutation(UPDATE_MY_MAIL_PREFERENCES, {
    record: { id: 'me', version: preferences.version },
    fields: FIELDS,
    reload,
  });
  const [v, setV] = useState(preferences);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async () => {
    setSaved(null);
    const { actionReminders, complaintReminders, approvalReminders, weeklyDigest, delivery } = v;
    if (
      await m.run({
        actionReminders,
        complaintReminders,
        approvalReminders,
        weeklyDigest,
        delivery,
      })
    ) {
      await reload();
      setSaved('Your e-mail choices are saved.');
    }
  };
  return (
    <>
      <SuccessMessage message={saved} />
      <Form id="mail-preferences" state={m} onSubmit={onSubmitted(submit)}>
        <FieldGroup name="actionReminders" legend="What to send me">
          {KINDS.map(([name, label]) => (
            <label key={name} className="inline">
              <input
                type="checkbox"
                name={name}
                checked={v[name]}
                onChange={(e) => setV({ ...v, [name]: e.target.checked })}
              />{' '}
              {label}
            </label>
          ))}
        </FieldGroup>
        <FieldGroup name="delivery" legend="How to send it">
          {DELIVERIES.map(([value, label]) => (
            <label key={value} className="inline">
              <input
                type="radio"
                name="delivery"
                value={value}
                checked={v.delivery === value}
                onChange={() => setV({ ...v, delivery: value })}
              />{' '}
              {label}
            </label>
          ))}
        </FieldGroup>
        <FormActions submit="Save my choices" loading={m.loading} />
      </Form>
    </>
  );
}

/**
 * What each person is sent by e-mail, and how; every message links here (docs/procedure.md,
 * Reminders and e-mail).
 */
export default function NotificationsPage() {
  usePageTitle('E-mail notifications');
  const query = useQuery<MyMailPreferencesQuery, MyMailPreferencesQueryVariables>(
    MY_MAIL_PREFERENCES,
  );
  const preferences = query.data?.myMailPreferences;
  return (
    <>
      <h1>E-mail notifications</h1>
      <p>
        Reminders are sent on working days within your organisation&apos;s sending hours. They carry
        a reference and a link, never a customer&apos;s details.
      </p>
      <QueryState loading={query.loading && !preferences} error={query.error}>
        {preferences ? (
          <PreferencesForm
            key={preferences.version}
            preferences={preferences}
            reload={query.refetch}
          />
        ) : null}
      </QueryState>
    </>
  );
}
