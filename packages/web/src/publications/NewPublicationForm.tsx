import { useMutation } from '@apollo/client/react';
import { completedPeriodKeys, periodKeyLabel, periodKeyName } from '@chp/domain';
import { useState } from 'react';
import type {
  CreatePublicationMutation,
  CreatePublicationMutationVariables,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { londonToday } from '../lib/format';
import { navigate } from '../lib/router';
import { KIND_LABEL } from './labels';
import { defaultTitle } from './publication-periods';
import { CREATE_PUBLICATION } from './queries';
import type { PublicationKind } from './types';

const FIELDS = ['kind', 'period', 'title'];

/** Starts a draft for a complete quarter or financial year; the title starts as the public will read the period. */
export function NewPublicationForm({ onCancel }: { onCancel: () => void }) {
  const [create, { loading }] = useMutation<
    CreatePublicationMutation,
    CreatePublicationMutationVariables
  >(CREATE_PUBLICATION, { refetchQueries: ['Publications'] });
  const today = londonToday();
  const [kind, setKind] = useState<PublicationKind>('quarterly');
  const [period, setPeriod] = useState(() => completedPeriodKeys('quarterly', today)[0] as string);
  const [title, setTitle] = useState(() => defaultTitle('quarterly', period));
  const [titleEdited, setTitleEdited] = useState(false);
  const form = useFormErrors();

  const choose = (nextKind: PublicationKind, nextPeriod: string) => {
    setKind(nextKind);
    setPeriod(nextPeriod);
    if (!titleEdited) setTitle(defaultTitle(nextKind, nextPeriod));
  };

  async function submit() {
    if (form.check(title.trim() ? {} : { title: 'Give the publication a title.' })) return;
    form.clear();
    try {
      const result = await create({ variables: { kind, period, title: title.trim() } });
      const id = result.data?.createPublication.id;
      if (id) navigate(`/publications/${id}`);
    } catch (error) {
      form.failFrom(error, FIELDS);
    }
  }

  return (
    <section className="panel" aria-labelledby="new-publication-heading">
      <h2 id="new-publication-heading">New publication</h2>
      <Form id="new-publication" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <div className="form-grid">
          <Field name="kind" label="Kind">
            {(p) => (
              <select
                {...p}
                value={kind}
                onChange={(e) => {
                  const next = e.target.value as PublicationKind;
                  choose(next, completedPeriodKeys(next, today)[0] as string);
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
            name="period"
            label={kind === 'quarterly' ? 'Quarter' : 'Financial year'}
            hint="Complete periods only: the figures are frozen when it is approved."
          >
            {(p) => (
              <select {...p} value={period} onChange={(e) => choose(kind, e.target.value)}>
                {completedPeriodKeys(kind, today).map((value) => (
                  <option key={value} value={value}>
                    {periodKeyLabel(value)} ({periodKeyName(value)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="title" label="Title" hint="As the public will see it.">
          {(p) => (
            <input
              {...p}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleEdited(true);
              }}
            />
          )}
        </Field>
        <FormActions
          submit="Start the draft"
          busy="Starting…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
