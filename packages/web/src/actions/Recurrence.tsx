import { ComparisonBars } from '../lib/charts';
import { formatDate } from '../lib/format';
import { monthLabel, recurrenceSentence, type Recurrence } from './recurrence-text';

/**
 * Complaints with the action's root causes by month, before and after it was done, against the
 * same months a year earlier: a chart and the same numbers in a table.
 */
export function RecurrenceFigures({
  figures,
  title,
  chart = true,
}: {
  figures: Recurrence;
  title: string;
  chart?: boolean;
}) {
  const rows = figures.monthly.map((m) => ({
    ...m,
    label: monthLabel(m.month),
    current: m.count,
    previous: m.yearEarlier,
  }));
  return (
    <div className="recurrence">
      <p>{recurrenceSentence(figures)}</p>
      {chart ? (
        <ComparisonBars
          title={title}
          data={rows}
          category="label"
          currentLabel="Complaints"
          previousLabel="Same month a year earlier"
        />
      ) : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table>
          <caption>
            {title}: completed {formatDate(figures.completedOn)}; before{' '}
            {formatDate(figures.beforeFrom)} to {formatDate(figures.beforeTo)}, after{' '}
            {formatDate(figures.afterFrom)} to {formatDate(figures.afterTo)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Before or after</th>
              <th scope="col">Complaints</th>
              <th scope="col">Same month a year earlier</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.label}</th>
                <td>
                  {m.side === 'before' ? 'Before' : m.complete ? 'After' : 'After (not ended)'}
                </td>
                <td>{m.count}</td>
                <td>{m.yearEarlier}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
