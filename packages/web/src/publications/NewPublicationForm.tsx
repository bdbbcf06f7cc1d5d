import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../lib/errors';
import { londonToday } from '../lib/format';
import { navigate } from '../lib/router';
import { Field, FormError } from '../lib/ui';
import { KIND_LABEL } from './labels';
import {
  defaultTitle,
  publicationPeriodLabel,
  publicationPeriodName,
  publicationPeriods,
} from './publication-periods';
import { CREATE_PUBLICATION } from './queries';
import type { PublicationKind } from './types';

const FIELDS = ['kind', 'period', 'title'];

/** Starts a draft for a complete quarter or financial year; the title starts as the public will read the period. */
export function NewPublicationForm({ onCancel }: { onCancel: () => void }) {
  const [create, { loading }] = useMutation<{ createPublication: { id: string } }>(
    CREATE_PUBLICATION,
    { refetchQueries: ['Publications'] },
  );
  const today = londonToday();
  const [kind, setKind] = useState<PublicationKind>('quarterly');
  const [period, setPeriod] = useState(() => publicationPeriods('quarterly', today)[0] as string);
  const [title, setTitle] = useState(() => defaultTitle('quarterly', period));
  const [titleEdited, setTitleEdited] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });

  const choose = (nextKind: PublicationKind, nextPeriod: string) => {
    setKind(nextKind);
    setPeriod(nextPeriod);
    if (!titleEdited) setTitle(defaultTitle(nextKind, nextPeriod));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim())
      return setErrors({ fields: { title: 'Give the publication a title.' }, form: null });
    try {
      const result = await create({ variables: { kind, period, title: title.trim() } });
      const id = result.data?.createPublication.id;
      if (id) navigate(`/publications/${id}`);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  }

  return (
    <section className="panel" aria-labelledby="new-publication-heading">
      <h2 id="new-publication-heading">New publication</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <div className="form-grid">
          <Field label="Kind" error={errors.fields['kind']}>
            {(p) => (
              <select
                {...p}
                name="kind"
                value={kind}
                onChange={(e) => {
                  const next = e.target.value as PublicationKind;
                  choose(next, publicationPeriods(next, today)[0] as string);
                }}
              >
                {(Object.keys(KIND_LABEL) as PublicationKind[]).map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={kind === 'quarterly' ? 'Quarter' : 'Financial year'}
            hint="Complete periods only: the figures are frozen when it is approved."
            error={errors.fields['period']}
          >
            {(p) => (
              <select
                {...p}
                name="period"
                value={period}
                onChange={(e) => choose(kind, e.target.value)}
              >
                {publicationPeriods(kind, today).map((value) => (
                  <option key={value} value={value}>
                    {publicationPeriodLabel(value)} ({publicationPeriodName(value)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Title" hint="As the public will see it." error={errors.fields['title']}>
          {(p) => (
            <input
              {...p}
              name="title"
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleEdited(true);
              }}
            />
          )}
        </Field>
        <div className="actions-row">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Starting…' : 'Start the draft'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
