import { useState, type FormEvent } from 'react';
import { Field, FormError } from '../lib/ui';
import { UPDATE_PUBLICATION } from './queries';
import type { PublicationDetail } from './types';
import { usePublicationMutation } from './use-publication-mutation';

const NARRATIVE = [
  ['learning', 'What we learned', 'What complaints taught the organisation this year.'],
  [
    'customerExperience',
    'Customer experience',
    'What customers said about how their complaints were handled.',
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
  const save = usePublicationMutation(UPDATE_PUBLICATION, publication, FIELDS, reload);
  const annual = publication.kind === 'annual';
  const [v, setV] = useState({
    title: publication.title,
    introduction: publication.introduction,
    learning: publication.learning ?? '',
    customerExperience: publication.customerExperience ?? '',
    staffTraining: publication.staffTraining ?? '',
  });
  const [missing, setMissing] = useState<string | null>(null);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!v.title.trim()) return setMissing('Give the publication a title.');
    setMissing(null);
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
    <form onSubmit={submit} noValidate aria-label="The publication's texts">
      <FormError message={save.errors.form} />
      <Field label="Title" error={missing ?? save.errors.fields['title']}>
        {(p) => <input {...p} name="title" value={v.title} onChange={set('title')} />}
      </Field>
      <Field
        label="Introduction"
        hint="A few sentences for the public page, in plain words."
        error={save.errors.fields['introduction']}
      >
        {(p) => (
          <textarea
            {...p}
            name="introduction"
            rows={4}
            value={v.introduction}
            onChange={set('introduction')}
          />
        )}
      </Field>
      {annual
        ? NARRATIVE.map(([field, label, hint]) => (
            <Field key={field} label={label} hint={hint} error={save.errors.fields[field]}>
              {(p) => (
                <textarea {...p} name={field} rows={5} value={v[field]} onChange={set(field)} />
              )}
            </Field>
          ))
        : null}
      <div className="actions-row">
        <button type="submit" className="primary" disabled={save.loading}>
          {save.loading ? 'Saving…' : 'Save the texts'}
        </button>
      </div>
    </form>
  );
}
