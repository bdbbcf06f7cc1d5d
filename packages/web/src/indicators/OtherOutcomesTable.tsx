import { Link } from '../lib/router';
import type { IndicatorFigures } from './types';

const ROWS = [
  ['notAComplaint', 'not_a_complaint', 'Not a complaint (signposted)'],
  ['withdrawn', 'withdrawn', 'Withdrawn'],
  ['outOfTime', 'out_of_time', 'Out of time'],
  ['duplicate', 'duplicate', 'Duplicate of another complaint'],
] as const;

/**
 * The records ended in each period with an outcome beyond the four (docs/procedure.md, Before
 * stage 1): shown beside the indicators, never counted as closures. A withdrawn or out-of-time
 * complaint is among those received; what was not a complaint and duplicates are not.
 */
export function OtherOutcomesTable({
  current,
  previous,
  registerLinks,
}: {
  current: IndicatorFigures;
  previous: IndicatorFigures;
  registerLinks: boolean;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Other outcomes">
      <table>
        <caption>Other outcomes (not closures)</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">{current.period.label}</th>
            <th scope="col">{previous.period.label}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([field, status, label]) => (
            <tr key={field}>
              <th scope="row">
                {registerLinks ? <Link to={`/complaints?status=${status}`}>{label}</Link> : label}
              </th>
              <td>{current.otherOutcomes[field].toLocaleString('en-GB')}</td>
              <td>{previous.otherOutcomes[field].toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
