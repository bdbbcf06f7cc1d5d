import { useQuery } from '@apollo/client/react';
import type { SpsoDecisionsQuery, SpsoDecisionsQueryVariables } from '../generated/graphql';
import { formatDate, humanise } from '../lib/format';
import { Link } from '../lib/router';
import { SPSO_DECISIONS } from './queries';

const COLUMNS = [
  ['spso_upheld_more', 'SPSO upheld more than us'],
  ['spso_upheld_less', 'SPSO upheld less'],
  ['same', 'Same finding'],
  ['not_taken_forward', 'Not taken forward'],
  ['not_comparable', 'Not comparable'],
] as const;

/**
 * The SPSO's decisions in a period against our final outcomes, per service area, and the
 * complaints the SPSO upheld more than we did (docs/procedure.md, SPSO decisions against ours).
 */
export function SpsoDecisions({
  from,
  to,
  registerLinks,
}: {
  from: string;
  to: string;
  registerLinks: boolean;
}) {
  const { data } = useQuery<SpsoDecisionsQuery, SpsoDecisionsQueryVariables>(SPSO_DECISIONS, {
    variables: { from, to },
  });
  const r = data?.spsoDecisions;
  if (!r) return null;
  const rows = [...r.byServiceArea.map((a) => [a.serviceAreaName, a.counts] as const)];
  return (
    <section aria-labelledby="spso-decisions">
      <h2 id="spso-decisions">SPSO decisions against ours</h2>
      {rows.length === 0 ? (
        <p className="empty">No SPSO decisions dated in this period.</p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="spso-decisions">
            <table>
              <caption>
                SPSO decisions dated {formatDate(r.from)} to {formatDate(r.to)}, against our final
                outcome
              </caption>
              <thead>
                <tr>
                  <th scope="col">Service area</th>
                  {COLUMNS.map(([key, label]) => (
                    <th scope="col" key={key}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([name, counts]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    {COLUMNS.map(([key]) => (
                      <td key={key}>{counts[key]}</td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">All service areas</th>
                  {COLUMNS.map(([key]) => (
                    <td key={key}>{r.total[key]}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {r.upheldMore.length ? (
            <>
              <h3>Complaints the SPSO upheld more than we did</h3>
              <ul>
                {r.upheldMore.map((c) => (
                  <li key={c.complaintId}>
                    {registerLinks ? (
                      <Link to={`/complaints/${c.complaintId}`}>{c.reference}</Link>
                    ) : (
                      c.reference
                    )}{' '}
                    ({c.serviceAreaName}): {humanise(c.ourOutcome ?? 'no outcome').toLowerCase()} by
                    us, {humanise(c.spsoDecision).toLowerCase()} by the SPSO on{' '}
                    {formatDate(c.decidedOn)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
