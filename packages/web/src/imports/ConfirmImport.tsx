import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ImportRunProgressQuery, ImportRunProgressQueryVariables } from '../generated/graphql';
import { FieldGroup, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { IMPORT_RUN } from './queries';
import { newRunId, type ImportReport } from './upload';

/**
 * Confirms the import after a dry run: all or nothing, or the valid rows only; creating the
 * unknown service areas and root causes when asked. While the file uploads and imports, a
 * progress bar follows the run (`importRun`, polled with the run id the page chose).
 */
export function ConfirmImport({
  check,
  run,
}: {
  check: ImportReport;
  run: (o: { mode: ImportReport['mode']; createUnknown: boolean; runId: string }) => Promise<void>;
}) {
  const form = useFormErrors();
  const [mode, setMode] = useState<ImportReport['mode']>(
    check.rowsRefused > 0 ? 'valid_rows' : 'all_or_nothing',
  );
  const [createUnknown, setCreateUnknown] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const rowsRead = useRunProgress(runId);
  const unknown = [...check.unknownServiceAreas, ...check.unknownRootCauses];
  const unknownPeople = check.unknownPeople ?? [];

  async function submit() {
    form.clear();
    const id = newRunId();
    setRunId(id);
    try {
      await run({ mode, createUnknown, runId: id });
    } catch (error) {
      form.fail({ fields: {}, form: (error as Error).message });
    } finally {
      setRunId(null);
    }
  }

  return (
    <section aria-labelledby="import-confirm-heading">
      <h2 id="import-confirm-heading">Import</h2>
      <Form
        id="import-confirm"
        state={form}
        onSubmit={onSubmitted(submit)}
        label="Confirm the import"
      >
        <FieldGroup name="mode" legend="Which rows">
          <label>
            <input
              type="radio"
              name="mode"
              value="all_or_nothing"
              checked={mode === 'all_or_nothing'}
              onChange={() => setMode('all_or_nothing')}
            />{' '}
            All or nothing: nothing is imported if any row has a problem
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="valid_rows"
              checked={mode === 'valid_rows'}
              onChange={() => setMode('valid_rows')}
            />{' '}
            Only the rows without a problem
          </label>
        </FieldGroup>
        {unknown.length > 0 ? (
          <FieldGroup name="createUnknown" legend="Names the organisation does not have yet">
            {check.unknownServiceAreas.length > 0 ? (
              <p>Service areas: {check.unknownServiceAreas.join(', ')}</p>
            ) : null}
            {check.unknownRootCauses.length > 0 ? (
              <p>Root causes: {check.unknownRootCauses.join(', ')}</p>
            ) : null}
            <label>
              <input
                type="checkbox"
                checked={createUnknown}
                onChange={(e) => setCreateUnknown(e.target.checked)}
              />{' '}
              Create them on import
            </label>
          </FieldGroup>
        ) : null}
        {unknownPeople.length > 0 ? (
          <p>
            Nobody in the organisation has these names or e-mails (people are added on the People
            page, never by an import): {unknownPeople.join(', ')}
          </p>
        ) : null}
        <FormActions submit="Import" busy="Importing…" loading={runId !== null} />
      </Form>
      {runId !== null ? (
        <div className="import-progress">
          <label htmlFor="import-progress-bar">Import progress</label>
          <progress
            id="import-progress-bar"
            max={Math.max(check.rowsRead, 1)}
            value={Math.min(rowsRead, check.rowsRead)}
          />
          <p role="status">
            Rows read: {Math.min(rowsRead, check.rowsRead).toLocaleString('en-GB')} of{' '}
            {check.rowsRead.toLocaleString('en-GB')}
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** The rows the run has read so far, polled every half second while it runs. */
function useRunProgress(runId: string | null): number {
  const client = useApolloClient();
  const [progress, setProgress] = useState({ runId: '', rowsRead: 0 });
  useEffect(() => {
    if (!runId) return;
    let stopped = false;
    const poll = async () => {
      try {
        const { data } = await client.query<
          ImportRunProgressQuery,
          ImportRunProgressQueryVariables
        >({ query: IMPORT_RUN, variables: { id: runId }, fetchPolicy: 'network-only' });
        if (!stopped && data?.importRun) setProgress({ runId, rowsRead: data.importRun.rowsRead });
      } catch {
        // not started yet (NOT_FOUND until the upload begins): the next poll asks again
      }
    };
    const timer = setInterval(() => void poll(), 500);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client, runId]);
  return progress.runId === runId ? progress.rowsRead : 0;
}
