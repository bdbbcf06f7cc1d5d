import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ImportSetupQuery, ImportSetupQueryVariables } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { QueryState } from '../lib/ui';
import { ConfirmImport } from './ConfirmImport';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';
import { formatOfFile, type ImportFileFormat } from './import-mapping';
import { IMPORT_SETUP } from './queries';
import { readColumns, uploadFile, type ImportKind, type ImportReport } from './upload';

interface Chosen {
  file: File;
  format: ImportFileFormat;
  columns: string[];
  /** Changes with every file read, so that the mapping is prefilled again. */
  key: number;
}

/** The page's words for each kind of file. */
const KIND: Record<ImportKind, { title: string; intro: string; one: string; many: string }> = {
  complaints: {
    title: 'Import complaints',
    intro:
      'Bring in complaints recorded elsewhere, with their whole journey, from a CSV file or an Excel workbook.',
    one: 'complaint',
    many: 'complaints',
  },
  actions: {
    title: 'Import improvement actions',
    intro:
      'Bring in improvement actions from an action log or another system, with their owners, target dates and progress, from a CSV file or an Excel workbook.',
    one: 'action',
    many: 'improvement actions',
  },
};

/**
 * Importing complaints with their journey, or improvement actions, from a spreadsheet
 * (docs/procedure.md, Importing complaints and Importing improvement actions): what the file
 * holds, the template, the file, its column mapping, a dry run, the import with a progress bar,
 * and the result. Admin, senior managers and managers.
 */
export default function ImportPage() {
  const [query, setQuery] = useQueryState();
  const kind: ImportKind = query.get('kind') === 'actions' ? 'actions' : 'complaints';
  const words = KIND[kind];
  usePageTitle(words.title);
  const setup = useQuery<ImportSetupQuery, ImportSetupQueryVariables>(IMPORT_SETUP, {
    variables: { kind },
  });
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [check, setCheck] = useState<ImportReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<ImportReport | null>(null);
  const fileForm = useFormErrors();
  const lastYear = new Date().getFullYear() - 1;

  async function runCheck() {
    if (!chosen) return;
    setChecking(true);
    setResult(null);
    try {
      setCheck(
        await uploadFile(chosen.file, chosen.format, {
          kind,
          dryRun: true,
          mode: 'valid_rows',
          createUnknown: false,
        }),
      );
    } catch (error) {
      fileForm.fail({ fields: { file: (error as Error).message }, form: null });
    } finally {
      setChecking(false);
    }
  }

  return (
    <>
      <h1>{words.title}</h1>
      <p>
        {words.intro} Every row is checked with the same rules as the forms; a check writes nothing,
        and importing the same file again changes nothing.
      </p>
      <fieldset className="import-kind">
        <legend>What the file holds</legend>
        {(['complaints', 'actions'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="import-kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setChosen(null);
                setCheck(null);
                setResult(null);
                setQuery({ kind: k === 'actions' ? 'actions' : null });
              }}
            />{' '}
            {k === 'actions' ? 'Improvement actions' : 'Complaints'}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="import-template-heading">
        <h2 id="import-template-heading">Template</h2>
        <p>
          One row per {words.one}, one column per field. The workbook&rsquo;s second sheet explains
          each column.
        </p>
        <ul className="inline-links">
          <li>
            <a href={`/imports/template.csv${kind === 'actions' ? '?kind=actions' : ''}`} download>
              Download the template (CSV)
            </a>
          </li>
          <li>
            <a href={`/imports/template.xlsx${kind === 'actions' ? '?kind=actions' : ''}`} download>
              Download the template (Excel)
            </a>
          </li>
        </ul>
      </section>
      <QueryState
        loading={setup.loading && !setup.data}
        error={setup.error}
        retry={() => void setup.refetch()}
        what="Loading the template"
      >
        {setup.data ? (
          <>
            <FileForm
              form={fileForm}
              onRead={(c) => {
                setCheck(null);
                setResult(null);
                setChosen((before) => ({ ...c, key: (before?.key ?? 0) + 1 }));
              }}
            />
            {chosen ? (
              <MappingForm
                key={`${kind}-${chosen.key}`}
                kind={kind}
                fields={setup.data.importFields}
                saved={setup.data.importMapping}
                columns={chosen.columns}
                checking={checking}
                onSaved={runCheck}
              />
            ) : null}
            {check && chosen ? (
              <>
                <Focused key={check.runId}>
                  <ImportReportView report={check} title="Check of the file" />
                </Focused>
                <ConfirmImport
                  key={`confirm-${check.runId}`}
                  check={check}
                  run={async (o) =>
                    setResult(
                      await uploadFile(chosen.file, chosen.format, { kind, dryRun: false, ...o }),
                    )
                  }
                />
              </>
            ) : null}
            {result ? (
              <Focused key={result.runId}>
                <ImportReportView
                  report={result}
                  title={
                    result.status === 'refused'
                      ? 'Nothing was imported: some rows have a problem'
                      : `Imported ${result.rowsImported.toLocaleString('en-GB')} ${words.many}`
                  }
                />
                {kind === 'actions' ? (
                  <p>
                    <Link to="/actions">See the improvement actions</Link>
                  </p>
                ) : (
                  <p>
                    <Link to={`/indicators?period=year:${lastYear}`}>
                      See the SPSO indicators for {lastYear}
                    </Link>{' '}
                    (or choose the year of the complaints imported on the{' '}
                    <Link to="/indicators">indicators page</Link>).
                  </p>
                )}
              </Focused>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </>
  );
}

/** The file to import: its header row is read for the column mapping. */
function FileForm({
  form,
  onRead,
}: {
  form: ReturnType<typeof useFormErrors>;
  onRead: (c: Omit<Chosen, 'key'>) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  async function submit() {
    if (form.check(file ? {} : { file: 'Choose a CSV file or an Excel workbook (.xlsx).' })) return;
    form.clear();
    const format = formatOfFile(file!.name);
    setReading(true);
    try {
      onRead({ file: file!, format, columns: await readColumns(file!, format) });
    } catch (error) {
      form.fail({ fields: { file: (error as Error).message }, form: null });
    } finally {
      setReading(false);
    }
  }
  return (
    <section aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">File</h2>
      <Form id="import-file" state={form} onSubmit={onSubmitted(submit)} label="File to import">
        <Field
          name="file"
          label="CSV file or Excel workbook"
          hint="The first row names the columns; an Excel workbook's first sheet is read."
        >
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <FormActions submit="Read the columns" busy="Reading…" loading={reading} />
      </Form>
    </section>
  );
}

/** Moves the focus to its section's heading when it appears (the next step to read). */
function Focused({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return <div ref={ref}>{children}</div>;
}
