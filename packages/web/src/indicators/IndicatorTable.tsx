import { formatAverage, formatCount, formatShare } from '../lib/format';
import { Link, queryString } from '../lib/router';
import { formatChange, INDICATOR_TITLES, indicatorRows, type IndicatorRow } from './indicator-rows';
import type { SpsoIndicatorsReport } from './types';

function value(row: IndicatorRow, which: 'current' | 'previous'): string {
  const n = row[which];
  const share = which === 'current' ? row.currentShare : row.previousShare;
  const main = row.kind === 'count' ? formatCount(n) : formatAverage(n);
  return share === undefined ? main : `${main} (${formatShare(share)})`;
}

/** The SPSO indicators A–F in the SPSO's order, this period beside the previous one. */
export function IndicatorTable({
  report,
  registerLinks = true,
}: {
  report: SpsoIndicatorsReport;
  registerLinks?: boolean;
}) {
  const rows = indicatorRows(report);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="SPSO indicators table">
      <table className="indicators">
        <caption>
          SPSO complaints performance indicators, {report.period.label} and{' '}
          {report.previous.period.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">{report.period.label}</th>
            <th scope="col">{report.previous.period.label}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const heading = row.indicator !== rows[i - 1]?.indicator;
            const link = row.link && registerLinks ? `/complaints${queryString(row.link)}` : null;
            return [
              heading ? (
                <tr key={`h-${row.indicator}`} className="group-row">
                  <th scope="colgroup" colSpan={4}>
                    {row.indicator}. {INDICATOR_TITLES[row.indicator]}
                  </th>
                </tr>
              ) : null,
              <tr key={i}>
                <th scope="row">{row.label}</th>
                <td>
                  {link ? <Link to={link}>{value(row, 'current')}</Link> : value(row, 'current')}
                </td>
                <td>{value(row, 'previous')}</td>
                <td>{formatChange(row)}</td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
      {registerLinks ? (
        <p className="hint">
          Each linked figure opens the complaints it counts: receipts by the date received, closures
          by the stage and date of the closure, its outcome, timescale or extension.
        </p>
      ) : null}
    </div>
  );
}
