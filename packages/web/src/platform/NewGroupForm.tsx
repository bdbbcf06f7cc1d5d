import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CreateOrganisationGroupMutation,
  CreateOrganisationGroupMutationVariables,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { CREATE_ORGANISATION_GROUP } from './queries';
import { slugFrom } from './sectors';

const FIELDS = ['name', 'slug'];

/** A new, empty group; organisations are put in it from the list of organisations. */
export function NewGroupForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [create, { loading }] = useMutation<
    CreateOrganisationGroupMutation,
    CreateOrganisationGroupMutationVariables
  >(CREATE_ORGANISATION_GROUP, { refetchQueries: ['Platform'] });
  const [name, setName] = useState('');
  const form = useFormErrors();

  async function submit() {
    if (form.check(name.trim() ? {} : { name: "Enter the group's name." })) return;
    form.clear();
    try {
      const result = await create({
        variables: { input: { name: name.trim(), slug: slugFrom(name) } },
      });
      if (result.data) {
        onCreated(result.data.createOrganisationGroup.name);
        setName('');
      }
    } catch (error) {
      form.failFrom(error, FIELDS, undefined, { slug: 'name' });
    }
  }

  return (
    <section className="panel" aria-labelledby="new-group-heading">
      <h2 id="new-group-heading">New group</h2>
      <Form id="new-group" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <Field
          name="name"
          label="Group name"
          hint="For example a housing group and its subsidiaries."
        >
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormActions submit="Create the group" busy="Creating…" loading={loading} />
      </Form>
    </section>
  );
}
