import { useMutation } from '@apollo/client/react';
import { financialQuarterKeyLabel } from '@chp/domain';
import { useState } from 'react';
import type { DraftBoardPackMutation, DraftBoardPackMutationVariables } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { useFinancialYearStart } from '../lib/financial-year';
import { londonToday } from '../lib/format';
import { navigate } from '../lib/router';
import { DRAFT_BOARD_PACK } from './queries';
import { endedQuarterKeys } from './quarters';

/** Drafts the board pack of an ended quarter of the reporting year; its figures are computed now. */
export function NewBoardPackForm({ onCancel }: { onCancel: () => void }) {
  const startMonth = useFinancialYearStart();
  const quarters = endedQuarterKeys(londonToday(), startMonth);
  const [quarter, setQuarter] = useState(quarters[0] as string);
  const [draft, { loading }] = useMutation<DraftBoardPackMutation, DraftBoardPackMutationVariables>(
    DRAFT_BOARD_PACK,
    { refetchQueries: ['BoardPacks'] },
  );
  const form = useFormErrors();

  async function submit() {
    form.clear();
    try {
      const result = await draft({ variables: { quarter } });
      const id = result.data?.draftBoardPack.id;
      if (id) navigate(`/board-packs/${id}`);
    } catch (error) {
      form.failFrom(error, ['quarter']);
    }
  }

  return (
    <section className="panel" aria-labelledby="new-board-pack-heading">
      <h2 id="new-board-pack-heading">Draft a board pack</h2>
      <Form id="new-board-pack" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <Field
          name="quarter"
          label="Quarter"
          hint="Ended quarters of your reporting year. The figures are computed now and frozen when the pack is approved."
        >
          {(p) => (
            <select {...p} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              {quarters.map((q) => (
                <option key={q} value={q}>
                  {financialQuarterKeyLabel(q, startMonth)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions
          submit="Draft the pack"
          busy="Computing the figures…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
