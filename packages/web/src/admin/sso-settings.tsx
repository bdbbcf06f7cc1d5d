import { useMutation, useQuery } from '@apollo/client/react';
import { ROLES, ROLE_LABELS, type Role } from '@chp/domain';
import { useState } from 'react';
import type {
  SetSingleSignOnMutation,
  SetSingleSignOnMutationVariables,
  SingleSignOnFieldsFragment,
  SingleSignOnSettingsQuery,
  SingleSignOnSettingsQueryVariables,
} from '../generated/graphql';
import {
  Field,
  Form,
  FormActions,
  Select,
  TextArea,
  onSubmitted,
  useFormErrors,
} from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState } from '../lib/ui';
import { SET_SINGLE_SIGN_ON, SINGLE_SIGN_ON } from './sso-queries';

const FIELDS = [
  'issuerUrl',
  'clientId',
  'clientSecret',
  'allowedDomains',
  'groupClaim',
  'groupRoles',
  'defaultRole',
] as const;
const ROLE_OPTIONS = ROLES.map((r) => [r, ROLE_LABELS[r]] as const);
/** The directory sends people back here (the API's sso-routes.ts). */
const CALLBACK_PATH = '/auth/oidc/callback';

interface GroupRow {
  group: string;
  role: Role;
}

/** Single sign-on, for the administrator: the organisation's directory (docs/procedure.md, Accounts: single sign-on). */
export default function SsoSettingsPage() {
  usePageTitle('Sign-in through your directory');
  const query = useQuery<SingleSignOnSettingsQuery, SingleSignOnSettingsQueryVariables>(
    SINGLE_SIGN_ON,
  );
  // kept here: the form starts afresh from each saved version
  const [saved, setSaved] = useState(false);
  return (
    <>
      <h1>Sign-in through your directory</h1>
      <p>
        Staff can sign in with their organisation&rsquo;s account (OpenID Connect, such as Microsoft
        Entra ID) instead of a password. Register CHP Insight in your directory with this redirect
        URI: <code>{`${window.location.origin}${CALLBACK_PATH}`}</code>. The README says how, step
        by step, for Entra ID.
      </p>
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the sign-in settings"
      >
        {saved ? (
          <p className="note" role="status">
            Saved.
          </p>
        ) : null}
        {query.data ? (
          <SettingsForm
            onSaving={() => setSaved(false)}
            onSaved={() => setSaved(true)}
            key={query.data.singleSignOn?.version ?? 0}
            current={query.data.singleSignOn ?? null}
          />
        ) : null}
      </QueryState>
    </>
  );
}

function SettingsForm({
  current,
  onSaving,
  onSaved,
}: {
  current: SingleSignOnFieldsFragment | null;
  onSaving: () => void;
  onSaved: () => void;
}) {
  const [save, { loading }] = useMutation<
    SetSingleSignOnMutation,
    SetSingleSignOnMutationVariables
  >(SET_SINGLE_SIGN_ON, { refetchQueries: [SINGLE_SIGN_ON], awaitRefetchQueries: true });
  const form = useFormErrors();
  const [enabled, setEnabled] = useState(current?.enabled ?? true);
  const [issuerUrl, setIssuerUrl] = useState(current?.issuerUrl ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState((current?.allowedDomains ?? []).join('\n'));
  const [groupClaim, setGroupClaim] = useState(current?.groupClaim ?? 'groups');
  const [groups, setGroups] = useState<GroupRow[]>(
    current?.groupRoles.map((g) => ({ group: g.group, role: g.role })) ?? [],
  );
  const [defaultRole, setDefaultRole] = useState<string>(current?.defaultRole ?? '');

  async function submit() {
    onSaving();
    const missing: Record<string, string> = {};
    if (!issuerUrl.trim()) missing.issuerUrl = 'Enter the issuer address.';
    if (!clientId.trim()) missing.clientId = 'Enter the application (client) id.';
    if (!current?.clientSecretSet && !clientSecret)
      missing.clientSecret = 'Enter the client secret.';
    const allowedDomains = domains
      .split(/[\s,]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    if (!allowedDomains.length) missing.allowedDomains = 'Enter at least one e-mail domain.';
    if (form.check(missing)) return;
    form.clear();
    try {
      await save({
        variables: {
          settings: {
            version: current?.version ?? null,
            enabled,
            issuerUrl: issuerUrl.trim(),
            clientId: clientId.trim(),
            clientSecret: clientSecret || null,
            allowedDomains,
            groupClaim: groupClaim.trim() || 'groups',
            groupRoles: groups.filter((g) => g.group.trim()),
            defaultRole: (defaultRole || null) as Role | null,
          },
        },
      });
      onSaved();
    } catch (error) {
      form.failFrom(error, FIELDS);
    }
  }

  const setRow = (i: number, row: Partial<GroupRow>) =>
    setGroups((all) => all.map((g, j) => (j === i ? { ...g, ...row } : g)));

  return (
    <Form id="sso-settings" state={form} onSubmit={onSubmitted(submit)} label="Directory settings">
      <label className="inline checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{' '}
        Offer sign-in through the directory
      </label>
      <Field
        name="issuerUrl"
        label="Issuer"
        hint="For Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0"
      >
        {(p) => <input {...p} value={issuerUrl} onChange={(e) => setIssuerUrl(e.target.value)} />}
      </Field>
      <Field name="clientId" label="Application (client) id">
        {(p) => <input {...p} value={clientId} onChange={(e) => setClientId(e.target.value)} />}
      </Field>
      <Field
        name="clientSecret"
        label="Client secret"
        hint={
          current?.clientSecretSet
            ? 'A secret is stored (it is never shown). Leave this empty to keep it.'
            : 'Not set yet.'
        }
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
          />
        )}
      </Field>
      <TextArea
        name="allowedDomains"
        label="E-mail domains"
        hint="One per line, such as clyde-ha.org.uk. Only people with these addresses can sign in this way."
        value={domains}
        onChange={setDomains}
        rows={3}
      />
      <Field
        name="groupClaim"
        label="Claim that lists the groups"
        hint="groups for directory groups, roles for app roles"
      >
        {(p) => <input {...p} value={groupClaim} onChange={(e) => setGroupClaim(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Role for each directory group (the first group someone is in decides)</legend>
        {groups.map((g, i) => (
          <div key={i} className="actions-row">
            <Field name={`group-${i}`} label={`Group ${i + 1}`}>
              {(p) => (
                <input
                  {...p}
                  value={g.group}
                  onChange={(e) => setRow(i, { group: e.target.value })}
                />
              )}
            </Field>
            <Select
              name={`group-role-${i}`}
              label={`Role for group ${i + 1}`}
              value={g.role}
              onChange={(role) => setRow(i, { role: role as Role })}
              options={ROLE_OPTIONS}
            />
            <button type="button" onClick={() => setGroups((all) => all.filter((_, j) => j !== i))}>
              Remove<span className="visually-hidden"> group {i + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setGroups((all) => [...all, { group: '', role: 'staff' }])}
        >
          Add a group
        </button>
      </fieldset>
      <Select
        name="defaultRole"
        label="Someone in none of these groups"
        value={defaultRole}
        onChange={setDefaultRole}
        placeholder="Cannot sign in"
        options={ROLE_OPTIONS.map(([r, label]) => [r, `Signs in as: ${label}`] as const)}
      />
      <p>
        A first sign-in creates the person with the role their group gives. A later sign-in never
        raises a role: if the directory would give more, the role stays and the audit log records
        it. Someone whose groups now give less is lowered.
      </p>
      <FormActions submit="Save" busy="Saving…" loading={loading} />
    </Form>
  );
}
