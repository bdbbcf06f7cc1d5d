import { useApolloClient, useMutation } from '@apollo/client/react';
import { displayDate } from '@chp/domain';
import { useState } from 'react';
import type {
  AddClosureDayMutation,
  AddClosureDayMutationVariables,
  ClosureDayChange,
  ClosureDayPreviewQuery,
  ClosureDayPreviewQueryVariables,
  ClosureReason,
  RemoveClosureDayMutation,
  RemoveClosureDayMutationVariables,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { TableWrap } from '../lib/ui';
import { CLOSURE_REASON_OPTIONS, MOVED_DATE_LABELS, type DayStatus } from './calendar-year';
import { ADD_CLOSURE_DAY, CLOSURE_DAY_PREVIEW, REMOVE_CLOSURE_DAY } from './calendar-queries';

type Preview = ClosureDayPreviewQuery['closureDayPreview'];
const FIELDS = ['date', 'reason', 'description'] as const;

/** "These open complaints will move": each complaint's dates, from and to. */
function MovedComplaints({ preview }: { preview: Preview }) {
  if (preview.totalCount === 0) return <p>No open complaint&apos;s dates move.</p>;
  const shown = preview.complaints.length;
  return (
    <>
      <p>
        {preview.totalCount === 1
          ? 'This open complaint will move:'
          : `These ${preview.totalCount} open complaints will move${shown < preview.totalCount ? ` (the first ${shown} are listed)` : ''}:`}
      </p>
      <TableWrap label="Open complaints that will move">
        <table>
          <caption className="visually-hidden">Open complaints that will move</caption>
          <thead>
            <tr>
              <th scope="col">Complaint</th>
              <th scope="col">Date</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {preview.complaints.flatMap((c) =>
              c.dates.map((d, i) => (
                <tr key={`${c.id}-${d.kind}`}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={c.dates.length}>
                      <Link to={`/complaints/${c.id}`}>{c.reference}</Link>
                    </th>
                  ) : null}
                  <td>{MOVED_DATE_LABELS[d.kind]}</td>
                  <td>{d.from ? formatDate(d.from) : '—'}</td>
                  <td>{d.to ? formatDate(d.to) : '—'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

/**
 * The chosen day: a bank holiday (shown, not editable), a closure day to remove, or a day to close.
 * Adding or removing first shows which open complaints it moves; nothing is saved until confirmed.
 */
export function CalendarDayPanel({
  date,
  status,
  onSaved,
}: {
  date: string;
  status: DayStatus;
  onSaved: (message: string) => Promise<void>;
}) {
  const client = useApolloClient();
  const form = useFormErrors();
  const [reason, setReason] = useState<ClosureReason>('industrial_action');
  const [description, setDescription] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [checking, setChecking] = useState(false);
  const [add, adding] = useMutation<AddClosureDayMutation, AddClosureDayMutationVariables>(
    ADD_CLOSURE_DAY,
  );
  const [remove, removing] = useMutation<
    RemoveClosureDayMutation,
    RemoveClosureDayMutationVariables
  >(REMOVE_CLOSURE_DAY);

  async function check(change: ClosureDayChange) {
    form.clear();
    setChecking(true);
    try {
      const result = await client.query<ClosureDayPreviewQuery, ClosureDayPreviewQueryVariables>({
        query: CLOSURE_DAY_PREVIEW,
        variables: { date, change },
        fetchPolicy: 'network-only',
      });
      if (result.data) setPreview(result.data.closureDayPreview);
      else form.failFrom(result.error, FIELDS);
    } catch (error) {
      form.failFrom(error, FIELDS);
    } finally {
      setChecking(false);
    }
  }

  async function confirm() {
    if (!preview) return;
    try {
      if (preview.change === 'add')
        await add({ variables: { day: { date, reason, description: description.trim() } } });
      else await remove({ variables: { date } });
      // the complaints' stored deadlines moved: read them afresh wherever they are shown next
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'complaint' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'complaints' });
      client.cache.gc();
      await onSaved(
        `${displayDate(date)} ${preview.change === 'add' ? 'is now a closure day' : 'is a working day again'}.`,
      );
    } catch (error) {
      setPreview(null);
      form.failFrom(error, FIELDS);
    }
  }

  const heading = <h2 id="day-heading">{displayDate(date)}</h2>;
  if (status.kind === 'bank_holiday')
    return (
      <section className="panel" aria-labelledby="day-heading">
        {heading}
        <p>
          {status.note}: a Scottish bank holiday, never a working day. Bank holidays come with the
          platform and cannot be changed here.
        </p>
      </section>
    );

  const saving = adding.loading || removing.loading;
  if (preview)
    return (
      <section className="panel" aria-labelledby="day-heading">
        {heading}
        <h3>
          {preview.change === 'add' ? 'Before adding this closure day' : 'Before removing it'}
        </h3>
        <MovedComplaints preview={preview} />
        <div className="actions-row">
          <button
            type="button"
            className="primary"
            onClick={() => void confirm()}
            disabled={saving}
          >
            {saving
              ? 'Saving…'
              : preview.change === 'add'
                ? 'Add the closure day'
                : 'Remove the closure day'}
          </button>
          <button type="button" onClick={() => setPreview(null)} disabled={saving}>
            Cancel
          </button>
        </div>
      </section>
    );

  if (status.kind === 'closure')
    return (
      <section className="panel" aria-labelledby="day-heading">
        {heading}
        <p>Closure day: {status.note}.</p>
        <Form id="remove-closure" state={form} onSubmit={onSubmitted(() => check('remove'))}>
          <FormActions
            submit="Remove this closure day"
            busy="Checking…"
            loading={checking}
            primary={false}
          />
        </Form>
      </section>
    );

  return (
    <section className="panel" aria-labelledby="day-heading">
      {heading}
      <p>
        {status.kind === 'weekend'
          ? 'A weekend day: it is never a working day, so closing it moves nothing.'
          : 'A working day. Close it for a local holiday or industrial action (Appendix 1 §1).'}
      </p>
      <Form
        id="closure"
        state={form}
        onSubmit={onSubmitted(() => check('add'))}
        label="Add a closure day"
      >
        <Select
          name="reason"
          label="Reason"
          value={reason}
          options={CLOSURE_REASON_OPTIONS}
          onChange={(v) => setReason(v as ClosureReason)}
        />
        <Field
          name="description"
          label="Description (optional)"
          hint="For example: Strike, or Glasgow Fair."
        >
          {(p) => (
            <input
              {...p}
              maxLength={200}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <FormActions submit="Add as a closure day" busy="Checking…" loading={checking} />
      </Form>
    </section>
  );
}
