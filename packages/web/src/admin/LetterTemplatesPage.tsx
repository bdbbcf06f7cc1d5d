import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DEFAULT_LETTER_TEMPLATES } from '@chp/domain';
import type {
  LetterTemplatesQuery,
  SaveLetterTemplateMutation,
  SaveLetterTemplateMutationVariables,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState } from '../lib/ui';
import { LETTER_TEMPLATES, SAVE_LETTER_TEMPLATE } from '../letters/queries';

type Template = LetterTemplatesQuery['letterTemplates'][number];
type Placeholder = LetterTemplatesQuery['letterPlaceholders'][number];

/** One letter's template, edited and saved (or put back to the product's default). */
function TemplateForm({ t, placeholders }: { t: Template; placeholders: Placeholder[] }) {
  const [body, setBody] = useState(t.body);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors();
  const [save, { loading }] = useMutation<
    SaveLetterTemplateMutation,
    SaveLetterTemplateMutationVariables
  >(SAVE_LETTER_TEMPLATE, { refetchQueries: [LETTER_TEMPLATES], awaitRefetchQueries: true });
  const id = `template-${t.kind}`;
  async function submit() {
    if (form.check(body.trim() ? {} : { body: 'The letter needs some text.' })) return;
    form.clear();
    try {
      await save({ variables: { kind: t.kind, body, version: t.version } });
      setDone(`${t.label} template saved.`);
    } catch (e) {
      form.failFrom(e, ['body']);
    }
  }
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.label}</h2>
      <p className="hint">{t.isDefault ? "Using the product's default." : 'Your own text.'}</p>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      <Form id={id} state={form} onSubmit={onSubmitted(submit)} level={3}>
        <Field
          name="body"
          label={`${t.label} template`}
          hint={`Placeholders you may use: ${placeholders
            .filter((p) => p.kinds.includes(t.kind))
            .map((p) => `{{${p.name}}} (${p.label})`)
            .join('; ')}`}
        >
          {(p) => (
            <textarea {...p} rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
          )}
        </Field>
        <p>
          <button type="button" onClick={() => setBody(DEFAULT_LETTER_TEMPLATES[t.kind])}>
            Put back the default text
          </button>
        </p>
        <FormActions
          submit={`Save the ${t.label.toLowerCase()} template`}
          busy="Saving…"
          loading={loading}
        />
      </Form>
    </section>
  );
}

/**
 * The organisation's letter templates (docs/procedure.md, Responses and letters): the stage 1
 * response, the extension letters, the stage 2 acknowledgement and the final response. The SPSO
 * text belongs in the final response only (§75).
 */
export default function LetterTemplatesPage() {
  usePageTitle('Letter templates');
  const { data, loading, error, refetch } = useQuery<LetterTemplatesQuery>(LETTER_TEMPLATES);
  return (
    <main>
      <h1>Letter templates</h1>
      <p>
        The letters handlers draft from a complaint&apos;s record. Paragraphs are separated by a
        blank line; &quot;# &quot; starts a heading and &quot;- &quot; a list item. The SPSO text
        goes in the final response only (§75); the stage 1 response always says how to ask for stage
        2 (§31).
      </p>
      <QueryState
        loading={loading}
        error={error}
        retry={() => void refetch()}
        what="Loading the templates"
      >
        {data?.letterTemplates.map((t) => (
          <TemplateForm
            key={`${t.kind}-${t.version}`}
            t={t}
            placeholders={data.letterPlaceholders}
          />
        ))}
      </QueryState>
    </main>
  );
}
