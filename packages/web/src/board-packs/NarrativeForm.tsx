import { useState } from 'react';
import type { BoardPackFieldsFragment } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useVersionedMutation } from '../lib/forms';
import { UPDATE_BOARD_PACK } from './queries';

/** The author's summary and commentary per section, while the pack is a draft or in review. */
export function NarrativeForm({
  pack,
  reload,
  onDone,
}: {
  pack: BoardPackFieldsFragment;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
}) {
  const [summary, setSummary] = useState(pack.summary);
  const [commentary, setCommentary] = useState<Record<string, string>>(() =>
    Object.fromEntries(pack.commentary.map((c) => [c.section, c.text])),
  );
  const save = useVersionedMutation(UPDATE_BOARD_PACK, {
    record: pack,
    fields: ['summary', 'commentary'],
    reload,
    reloadOn: ['PUBLICATION_STATUS', 'BOARD_PACK_FROZEN'],
  });

  async function submit() {
    const ok = await save.run({
      summary,
      commentary: pack.commentary.map((c) => ({
        section: c.section,
        text: commentary[c.section] ?? '',
      })),
    });
    if (ok) onDone('Narrative saved.');
  }

  return (
    <Form
      id="board-pack-narrative"
      state={save}
      onSubmit={onSubmitted(submit)}
      className="panel"
      label="Narrative"
      level={3}
    >
      <h2>Narrative</h2>
      <Field
        name="summary"
        label="Summary for the board"
        hint="What the board should take from this quarter."
      >
        {(p) => (
          <textarea {...p} rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      {pack.commentary.map((c) => (
        <Field key={c.section} name={`commentary-${c.section}`} label={`Commentary: ${c.title}`}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={commentary[c.section] ?? ''}
              onChange={(e) => setCommentary((all) => ({ ...all, [c.section]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <FormActions submit="Save the narrative" loading={save.loading} />
    </Form>
  );
}
