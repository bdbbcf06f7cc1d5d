import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CreateOrganisationMutation,
  CreateOrganisationMutationVariables,
  Sector,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { CREATE_ORGANISATION } from './queries';
import { SECTOR_LABELS, slugFrom } from './sectors';

const FIELDS = ['name', 'slug', 'sector', 'groupId', 'administratorName', 'administratorEmail'];
export type CreatedOrganisation = CreateOrganisationMutation['createOrganisation'];

/** A new organisation and its first administrator, who gets a single-use link to set a password. */
export function NewOrganisationForm({
  groups,
  onCreated,
}: {
  groups: { id: string; name: string }[];
  onCreated: (created: CreatedOrganisation) => void;
}) {
  const [create, { loading }] = useMutation<
    CreateOrganisationMutation,
    CreateOrganisationMutationVariables
  >(CREATE_ORGANISATION, { refetchQueries: ['Platform'] });
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [sector, setSector] = useState<Sector>('housing' as Sector);
  const [groupId, setGroupId] = useState('');
  const [administratorName, setAdministratorName] = useState('');
  const [administratorEmail, setAdministratorEmail] = useState('');
  const form = useFormErrors();

  async function submit() {
    const missing: Record<string, string> = {};
    if (!name.trim()) missing['name'] = "Enter the organisation's name.";
    if (!slug.trim()) missing['slug'] = 'Enter a short name for its address.';
    if (!administratorName.trim()) missing['administratorName'] = "Enter the administrator's name.";
    if (!administratorEmail.trim())
      missing['administratorEmail'] = "Enter the administrator's e-mail address.";
    if (form.check(missing)) return;
    form.clear();
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            slug: slug.trim(),
            sector,
            groupId: groupId || null,
            administratorName: administratorName.trim(),
            administratorEmail: administratorEmail.trim(),
          },
        },
      });
      if (result.data) {
        onCreated(result.data.createOrganisation);
        setName('');
        setSlug('');
        setSlugEdited(false);
        setAdministratorName('');
        setAdministratorEmail('');
      }
    } catch (error) {
      form.failFrom(error, FIELDS);
    }
  }

  return (
    <section className="panel" aria-labelledby="new-organisation-heading">
      <h2 id="new-organisation-heading">New organisation</h2>
      <Form id="new-organisation" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <div className="form-grid">
          <Field name="name" label="Name">
            {(p) => (
              <input
                {...p}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  if (!slugEdited) setSlug(slugFrom(e.target.value));
                }}
              />
            )}
          </Field>
          <Field
            name="slug"
            label="Short name"
            hint="In the public site's address: lower-case words joined by hyphens."
          >
            {(p) => (
              <input
                {...p}
                value={slug}
                onChange={(e) => {
                  setSlug(e.target.value);
                  setSlugEdited(true);
                }}
              />
            )}
          </Field>
          <Select
            name="sector"
            label="Sector"
            hint="Colleges and universities say “complainant” and cut off at 17:00; the administrator can change both."
            value={sector}
            onChange={(v) => setSector(v as Sector)}
            options={Object.entries(SECTOR_LABELS)}
          />
          <Select
            name="groupId"
            label="Group"
            value={groupId}
            onChange={setGroupId}
            placeholder="No group"
            options={groups.map((g) => [g.id, g.name] as const)}
          />
          <Field name="administratorName" label="First administrator's name">
            {(p) => (
              <input
                {...p}
                value={administratorName}
                onChange={(e) => setAdministratorName(e.target.value)}
              />
            )}
          </Field>
          <Field name="administratorEmail" label="First administrator's e-mail">
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="off"
                value={administratorEmail}
                onChange={(e) => setAdministratorEmail(e.target.value)}
              />
            )}
          </Field>
        </div>
        <FormActions submit="Create the organisation" busy="Creating…" loading={loading} />
      </Form>
    </section>
  );
}
