import { TableWrap } from '../lib/ui';
import { problemsInFileOrder, rowsWithProblems } from './import-mapping';
import type { ImportReport } from './upload';

const n = (x: number) => x.toLocaleString('en-GB');

/** A dry run's or an import's counts and the problems by row and column, in words. */
export function ImportReportView({ report, title }: { report: ImportReport; title: string }) {
  const problems = problemsInFileOrder(report.problems);
  const headingId = report.dryRun ? 'import-check-heading' : 'import-result-heading';
  return (
    <section aria-labelledby={headingId} className="import-report">
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <dl className="facts" aria-label="Counts">
        <div>
          <dt>Rows read</dt>
          <dd>{n(report.rowsRead)}</dd>
        </div>
        <div>
          <dt>{report.dryRun ? 'Rows ready to import' : 'New rows that passed'}</dt>
          <dd>{n(report.rowsValid)}</dd>
        </div>
        {report.dryRun ? null : (
          <div>
            <dt>
              {report.kind === 'actions' ? 'Improvement actions imported' : 'Complaints imported'}
            </dt>
            <dd>{n(report.rowsImported)}</dd>
          </div>
        )}
        <div>
          <dt>Already imported, unchanged</dt>
          <dd>{n(report.rowsUnchanged)}</dd>
        </div>
        <div>
          <dt>Rows with a problem</dt>
          <dd>{n(report.rowsRefused)}</dd>
        </div>
      </dl>
      {problems.length === 0 ? (
        <p>No row has a problem.</p>
      ) : (
        <TableWrap label="Problems by row">
          <table className="import-problems">
            <caption>
              {n(problems.length)} problem{problems.length === 1 ? '' : 's'} in{' '}
              {n(rowsWithProblems(problems))} row{rowsWithProblems(problems) === 1 ? '' : 's'} (the
              header is row 1)
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.row}</th>
                  <td>{p.column}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
