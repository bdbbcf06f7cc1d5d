import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  AuditChoicesQuery,
  AuditChoicesQueryVariables,
  AuditLogCsvQuery,
  AuditLogCsvQueryVariables,
  AuditLogQuery,
  AuditLogQueryVariables,
} from '../generated/graphql';
import { formatDate, formatTime } from '../lib/format';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { Pager, QueryState, TableWrap } from '../lib/ui';
import {
  auditVariables,
  changedFields,
  checkAuditFilters,
  NO_AUDIT_FILTERS,
  operationName,
  recordName,
  type AuditFilterValues,
} from './audit-filters';
import { AUDIT_CHOICES, AUDIT_LOG, AUDIT_LOG_CSV } from './audit-queries';

const PAGE_SIZE = 50;
const FIELDS = ['actorId', 'entity', 'operation', 'from', 'to'] as const;

/** Offers a CSV text the server made as a file download. */
function saveFile(filename: string, content: string) {
  const blob = new Blob(['\ufeff', content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The audit log: who changed what and when, filtered, paged, and as a CSV file (docs/procedure.md, The audit log). */
export default function AuditPage() {
  usePageTitle('Audit log');
  const client = useApolloClient();
  const [draft, setDraft] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const [applied, setApplied] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [downloading, setDownloading] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const form = useFormErrors();
  const choices = useQuery<AuditChoicesQuery, AuditChoicesQueryVariables>(AUDIT_CHOICES);
  const log = useQuery<AuditLogQuery, AuditLogQueryVariables>(AUDIT_LOG, {
    variables: { ...auditVariables(applied), offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const set = (k: keyof AuditFilterValues) => (value: string) =>
    setDraft((d) => ({ ...d, [k]: value }));

  function apply() {
    if (form.check(checkAuditFilters(draft))) return;
    form.clear();
    setApplied(draft);
    setPage(1);
  }

  async function download() {
    setNote(null);
    setDownloading(true);
    try {
      const result = await client.query<AuditLogCsvQuery, AuditLogCsvQueryVariables>({
        query: AUDIT_LOG_CSV,
        variables: auditVariables(applied),
        fetchPolicy: 'network-only',
      });
      const file = result.data?.auditLogCsv;
      if (!file) {
        form.failFrom(result.error, FIELDS);
        return;
      }
      saveFile(file.filename, file.content);
      setNote(
        file.truncated
          ? `The file holds the newest ${file.rowCount.toLocaleString('en-GB')} rows: narrow the filters for the rest.`
          : `Downloaded ${file.rowCount.toLocaleString('en-GB')} rows.`,
      );
    } catch (error) {
      form.failFrom(error, FIELDS);
    } finally {
      setDownloading(false);
    }
  }

  const c = choices.data?.auditChoices;
  const entries = log.data?.auditLog;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">Administration</Link>
      </p>
      <h1>Audit log</h1>
      <p>
        Every change, newest first: who made it, when, and which fields changed. The CSV file gives
        the values only for settings, closure days, service areas and root causes; for complaints
        and other records that may describe a person it names the fields, not what they hold.
      </p>
      <Form
        id="audit-filters"
        state={form}
        onSubmit={onSubmitted(apply)}
        label="Filter the audit log"
      >
        <div className="filter-row">
          <Select
            name="actorId"
            label="Who"
            value={draft.actorId}
            placeholder="Anyone"
            options={(c?.actors ?? []).map((a) => [a.id, a.name] as const)}
            onChange={set('actorId')}
          />
          <Select
            name="entity"
            label="Record"
            value={draft.entity}
            placeholder="Any record"
            options={(c?.entities ?? []).map((e) => [e, recordName(e)] as const)}
            onChange={set('entity')}
          />
          <Select
            name="operation"
            label="What was done"
            value={draft.operation}
            placeholder="Anything"
            options={(c?.operations ?? []).map((o) => [o, operationName(o)] as const)}
            onChange={set('operation')}
          />
          <Field name="from" label="From">
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.from}
                onChange={(e) => set('from')(e.target.value)}
              />
            )}
          </Field>
          <Field name="to" label="To">
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.to}
                onChange={(e) => set('to')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <FormActions submit="Show" primary={false}>
          <button type="button" onClick={() => void download()} disabled={downloading}>
            {downloading ? 'Preparing the file…' : 'Download as CSV'}
          </button>
        </FormActions>
      </Form>
      {note ? (
        <p role="status" className="hint">
          {note}
        </p>
      ) : null}
      <QueryState
        loading={log.loading && !log.data}
        error={log.error}
        retry={() => void log.refetch()}
        what="Loading the audit log"
        empty={entries?.totalCount === 0}
        emptyText="No changes match these filters."
      >
        {entries ? (
          <>
            <TableWrap label="Audit log">
              <table>
                <caption>Changes ({entries.totalCount.toLocaleString('en-GB')})</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What was done</th>
                    <th scope="col">Record</th>
                    <th scope="col">Fields changed</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.items.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        {formatDate(e.at)} {formatTime(e.at)}
                      </th>
                      <td>{e.actorName ?? 'The platform'}</td>
                      <td>{operationName(e.operation)}</td>
                      <td>
                        {recordName(e.entity)}
                        {e.entity === 'complaint' ? (
                          <>
                            {' '}
                            <Link to={`/complaints/${e.entityId}`}>
                              open<span className="visually-hidden"> the complaint</span>
                            </Link>
                          </>
                        ) : e.entity === 'closure_day' ? (
                          ` ${formatDate(e.entityId)}`
                        ) : null}
                      </td>
                      <td>{changedFields(e.changes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={entries.totalCount}
              onPage={setPage}
              label="Audit log"
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
