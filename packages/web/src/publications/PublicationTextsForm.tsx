import { useState } from 'react';
import { withPerson } from '@chp/domain';
import { Field, Form, FormActions, onSubmitted } from '../lib/forms';
import { usePersonTerm } from '../lib/person-term';
import { UPDATE_PUBLICATION } from './queries';
import type { PublicationDetail } from './types';
import { usePublicationMutation } from './use-publication-mutation';

const NARRATIVE = [
  ['learning', 'What we learned', 'What complaints taught the organisation this year.'],
  [
    'customerExperience',
    '{Person} experience',
    'What {person}s said about how their complaints were handled.',
  ],
  ['staffTraining', 'Staff training', 'The complaints handling training staff were given.'],
] as const;
const FIELDS = ['title', 'introduction', ...NARRATIVE.map(([f]) => f)];

/** The publication's own texts: title, introduction and (annual report) the SPSO's narrative parts. */
export function PublicationTextsForm({
  publication,
  reload,
  onSaved,
}: {
  publication: PublicationDetail;
  reload: () => Promise<unknown>;
  onSaved: (message: string) => void;
}) {
  const { term } = usePersonTerm();
  const save = usePublicationMutation(UPDATE_PUBLICATION, publication, FIELDS, reload);
  const annual = publication.kind === 'annual';
  const [v, setV] = useState({
    title: publication.title,
    introduction: publication.introduction,
    learning: publication.learning ?? '',
    customerExperience: publication.customerExperience ?? '',
    staffTraining: publication.staffTraining ?? '',
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  async function submit() {
    if (save.check(v.title.trim() ? {} : { title: 'Give the publication a title.' })) return;
    const narrative = annual
      ? {
          learning: v.learning,
          customerExperience: v.customerExperience,
          staffTraining: v.staffTraining,
        }
      : {};
    if (await save.run({ title: v.title.trim(), introduction: v.introduction, ...narrative }))
      onSaved('Texts saved.');
  }

  return (
    <Form
      id="publication-texts"
      state={save}
      onSubmit={onSubmitted(submit)}
      label="The publication's texts"
      level={3}
    >
      <Field name="title" label="Title">
        {(p) => <input {...p} value={v.title} onChange={set('title')} />}
      </Field>
      <Field
        name="introduction"
        label="Introduction"
        hint="A few sentences for the public page, in plain words."
      >
        {(p) => <textarea {...p} rows={4} value={v.introduction} onChange={set('introduction')} />}
      </Field>
      {annual
        ? NARRATIVE.map(([field, label, hint]) => (
            <Field
              key={field}
              name={field}
              label={withPerson(label, term)}
              hint={withPerson(hint, term)}
            >
              {(p) => <textarea {...p} rows={5} value={v[field]} onChange={set(field)} />}
            </Field>
          ))
        : null}
      <FormActions submit="Save the texts" loading={save.loading} />
    </Form>
  );
}
