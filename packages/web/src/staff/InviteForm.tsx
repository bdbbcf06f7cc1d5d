import { useMutation } from '@apollo/client/react';
import type { Role } from '@chp/domain';
import { useState } from 'react';
import type { InvitePersonMutation, InvitePersonMutationVariables } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { INVITE_PERSON } from './queries';
import { invitationProblems, ROLE_OPTIONS } from './staff-changes';

const FIELDS = ['name', 'email', 'role', 'serviceAreaId'];
export type IssuedLinkData = InvitePersonMutation['invitePerson'];

/** Invites a member of staff: they are added without a password and the link is shown to pass on. */
export function InviteForm({
  areas,
  onInvited,
  onCancel,
}: {
  areas: readonly { id: string; name: string }[];
  onInvited: (link: IssuedLinkData) => void;
  onCancel: () => void;
}) {
  const [invite, { loading }] = useMutation<InvitePersonMutation, InvitePersonMutationVariables>(
    INVITE_PERSON,
    { refetchQueries: ['Staff'] },
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('handler');
  const [serviceAreaId, setServiceAreaId] = useState('');
  const form = useFormErrors();

  async function submit() {
    if (form.check(invitationProblems({ name, email }))) return;
    form.clear();
    try {
      const result = await invite({
        variables: {
          input: {
            name: name.trim(),
            email: email.trim(),
            role,
            serviceAreaId: serviceAreaId || null,
          },
        },
      });
      if (result.data) onInvited(result.data.invitePerson);
    } catch (error) {
      form.failFrom(error, FIELDS);
    }
  }

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p>
        They are added now and choose their own password with the link, which works once within 7
        days.
      </p>
      <Form id="invite" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <div className="form-grid">
          <Field name="name" label="Name">
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field name="email" label="E-mail address">
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Select
            name="role"
            label="Role"
            value={role}
            onChange={(v) => setRole(v as Role)}
            options={ROLE_OPTIONS}
          />
          <Select
            name="serviceAreaId"
            label="Service area"
            value={serviceAreaId}
            onChange={setServiceAreaId}
            options={areas.map((a) => [a.id, a.name] as const)}
            placeholder="None"
          />
        </div>
        <FormActions
          submit="Invite and make the link"
          busy="Inviting…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
