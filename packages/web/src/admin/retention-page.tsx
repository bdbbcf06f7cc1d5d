import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  LiftLegalHoldMutation,
  LiftLegalHoldMutationVariables,
  RetentionQuery,
  RetentionQueryVariables,
  RunRetentionNowMutation,
  RunRetentionNowMutationVariables,
  SetLegalHoldMutation,
  SetLegalHoldMutationVariables,
  SetRetentionMonthsMutation,
  SetRetentionMonthsMutationVariables,
} from '../generated/graphql';
import { Link } from '../lib/router';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Empty, QueryState, TableWrap } from '../lib/ui';
import {
  LIFT_LEGAL_HOLD,
  RETENTION,
  RUN_RETENTION_NOW,
  SET_LEGAL_HOLD,
  SET_RETENTION_MONTHS,
} from './retention-queries';

type Warning = RetentionQuery['retentionWarnings'][number];

/** Retention of personal data, for the administrator (docs/procedure.md, Retention and erasure). */
export default function RetentionPage() {
  usePageTitle('Retention of personal data');
  const query = useQuery<RetentionQuery, RetentionQueryVariables>(RETENTION);
  return (
    <>
      <h1>Retention of personal data</h1>
      <p>
        After the retention period has passed since a complaint&rsquo;s last decision (its closure,
        stage 2 closure or the SPSO&rsquo;s decision), a nightly run removes the customer&rsquo;s
        name and contact details and any text that names or locates them. Dates, outcomes, root
        causes and actions stay, so every figure is unchanged. A complaint on legal hold is never
        anonymised.
      </p>
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the retention settings"
      >
        {query.data ? (
          <>
            <PeriodForm
              key={query.data.organisation.version}
              months={query.data.organisation.retentionMonths}
              version={query.data.organisation.version}
            />
            <WarningList warnings={query.data.retentionWarnings} />
            <RunNow />
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function PeriodForm({ months, version }: { months: number; version: number }) {
  const [save, { loading }] = useMutation<
    SetRetentionMonthsMutation,
    SetRetentionMonthsMutationVariables
  >(SET_RETENTION_MONTHS, { refetchQueries: [RETENTION], awaitRefetchQueries: true });
  const form = useFormErrors();
  const [value, setValue] = useState(String(months));
  async function submit() {
    const n = Number(value);
    if (
      form.check(Number.isInteger(n) ? {} : { retentionMonths: 'Enter a whole number of months.' })
    )
      return;
    form.clear();
    try {
      await save({ variables: { settings: { version, retentionMonths: n } } });
    } catch (error) {
      form.failFrom(error, ['retentionMonths']);
    }
  }
  return (
    <section aria-labelledby="retention-period">
      <h2 id="retention-period">Retention period</h2>
      <Form
        id="retention-period-form"
        state={form}
        onSubmit={onSubmitted(submit)}
        label="Retention period"
      >
        <Field
          name="retentionMonths"
          label="Months after closure"
          hint="12 to 240 months; 72 (six years) is the usual schedule."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <FormActions submit="Save" busy="Saving…" loading={loading} />
      </Form>
    </section>
  );
}

function WarningList({ warnings }: { warnings: Warning[] }) {
  return (
    <section aria-labelledby="retention-due">
      <h2 id="retention-due">Due for anonymisation within a month</h2>
      {warnings.length === 0 ? (
        <Empty>No complaint is due within a month.</Empty>
      ) : (
        <TableWrap label="Complaints due for anonymisation">
          <table>
            <thead>
              <tr>
                <th scope="col">Complaint</th>
                <th scope="col">Last decision</th>
                <th scope="col">Due</th>
                <th scope="col">Legal hold</th>
              </tr>
            </thead>
            <tbody>
              {warnings.map((w) => (
                <tr key={w.complaintId}>
                  <td>
                    <Link to={`/complaints/${w.complaintId}`}>{w.reference}</Link>
                  </td>
                  <td>{w.closedOn}</td>
                  <td>{w.dueOn}</td>
                  <td>
                    <HoldControl warning={w} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function HoldControl({ warning }: { warning: Warning }) {
  const options = { refetchQueries: [RETENTION], awaitRefetchQueries: true };
  const [setHold, setting] = useMutation<SetLegalHoldMutation, SetLegalHoldMutationVariables>(
    SET_LEGAL_HOLD,
    options,
  );
  const [liftHold, lifting] = useMutation<LiftLegalHoldMutation, LiftLegalHoldMutationVariables>(
    LIFT_LEGAL_HOLD,
    options,
  );
  const form = useFormErrors();
  const [reason, setReason] = useState('');
  async function submit() {
    if (form.check(reason.trim() ? {} : { reason: 'Enter the reason.' })) return;
    form.clear();
    const variables = { complaintId: warning.complaintId, reason: reason.trim() };
    try {
      if (warning.legalHold) await liftHold({ variables });
      else await setHold({ variables });
      setReason('');
    } catch (error) {
      form.failFrom(error, ['reason']);
    }
  }
  const verb = warning.legalHold ? 'Lift the hold' : 'Set a legal hold';
  return (
    <Form
      id={`hold-${warning.complaintId}`}
      state={form}
      onSubmit={onSubmitted(submit)}
      label={`Legal hold on ${warning.reference}`}
    >
      <p>{warning.legalHold ? 'On legal hold' : 'None'}</p>
      <Field name="reason" label={`Reason (${warning.reference})`}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormActions submit={verb} busy="Saving…" loading={setting.loading || lifting.loading} />
    </Form>
  );
}

function RunNow() {
  const [run, { loading, data, error }] = useMutation<
    RunRetentionNowMutation,
    RunRetentionNowMutationVariables
  >(RUN_RETENTION_NOW, { refetchQueries: [RETENTION], awaitRefetchQueries: true });
  return (
    <section aria-labelledby="retention-run">
      <h2 id="retention-run">Run now</h2>
      <p>The run happens every night. Run it now to anonymise what is due today.</p>
      <button type="button" disabled={loading} onClick={() => void run().catch(() => {})}>
        {loading ? 'Running…' : 'Run now'}
      </button>
      {data ? (
        <p role="status">
          {data.runRetentionNow.anonymised} complaints anonymised; {data.runRetentionNow.heldBack}{' '}
          kept by a legal hold.
        </p>
      ) : null}
      {error ? <p role="alert">The run failed: {error.message}</p> : null}
    </section>
  );
}
