import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ImportSetupQuery, ImportSetupQueryVariables } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState } from '../lib/ui';
import { ConfirmImport } from './ConfirmImport';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';
import { formatOfFile, type ImportFileFormat } from './import-mapping';
import { IMPORT_SETUP } from './queries';
import { readColumns, uploadFile, type ImportReport } from './upload';

interface Chosen {
  file: File;
  format: ImportFileFormat;
  columns: string[];
  /** Changes with every file read, so that the mapping is prefilled again. */
  key: number;
}

/**
 * Importing complaints with their journey from a spreadsheet (docs/procedure.md, Importing
 * complaints): the template, the file, its column mapping, a dry run, the import with a
 * progress bar, and the result. Admin, senior managers and managers.
 */
export default function ImportPage() {
  usePageTitle('Import complaints');
  const setup = useQuery<ImportSetupQuery, ImportSetupQueryVariables>(IMPORT_SETUP);
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
      <h1>Import complaints</h1>
      <p>
        Bring in complaints recorded elsewhere, with their whole journey, from a CSV file or an
        Excel workbook. Every row is checked with the same rules as the forms; a check writes
        nothing, and importing the same file again changes nothing.
      </p>
      <section aria-labelledby="import-template-heading">
        <h2 id="import-template-heading">Template</h2>
        <p>
          One row per complaint, one column per field. The workbook&rsquo;s second sheet explains
          each column.
        </p>
        <ul className="inline-links">
          <li>
            <a href="/imports/template.csv" download>
              Download the template (CSV)
            </a>
          </li>
          <li>
            <a href="/imports/template.xlsx" download>
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
                key={chosen.key}
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
                    setResult(await uploadFile(chosen.file, chosen.format, { dryRun: false, ...o }))
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
                      : `Imported ${result.rowsImported.toLocaleString('en-GB')} complaints`
                  }
                />
                <p>
                  <Link to={`/indicators?period=year:${lastYear}`}>
                    See the SPSO indicators for {lastYear}
                  </Link>{' '}
                  (or choose the year of the complaints imported on the{' '}
                  <Link to="/indicators">indicators page</Link>).
                </p>
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
