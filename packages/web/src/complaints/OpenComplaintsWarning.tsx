import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type {
  OpenComplaintsOfCustomerQuery,
  OpenComplaintsOfCustomerQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { openComplaintsLookup } from './open-complaints';
import { OPEN_COMPLAINTS_OF_CUSTOMER } from './queries';
import { usePersonTerm } from '../lib/person-term';

/**
 * A warning on the record-complaint form when the customer already has an open complaint (same
 * e-mail, or same name and postcode): its reference and a link. Recording is still allowed: it
 * may be a new matter.
 */
export function OpenComplaintsWarning(v: { name: string; email: string; postcode: string }) {
  const { term } = usePersonTerm();
  const lookup = openComplaintsLookup(v);
  const key = JSON.stringify(lookup);
  // look up once typing pauses, not on every key
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const t = setTimeout(() => setSettled(key), 400);
    return () => clearTimeout(t);
  }, [key]);
  const { data } = useQuery<OpenComplaintsOfCustomerQuery, OpenComplaintsOfCustomerQueryVariables>(
    OPEN_COMPLAINTS_OF_CUSTOMER,
    { variables: lookup ?? {}, skip: !lookup || settled !== key, fetchPolicy: 'network-only' },
  );
  const open = lookup ? (data?.openComplaintsOfCustomer ?? []) : [];
  return (
    <div aria-live="polite">
      {open.length > 0 ? (
        <div className="note open-complaints-warning">
          <p>
            <strong>
              This {term} already has {open.length === 1 ? 'an open complaint' : 'open complaints'}:
            </strong>{' '}
            {open.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ', ' : null}
                <Link to={`/complaints/${c.id}`}>{c.reference}</Link> (received{' '}
                {formatDate(c.receivedAt)})
              </span>
            ))}
            .
          </p>
          <p className="hint">
            Check it is not the same complaint. You can still record this one if it is a new matter.
          </p>
        </div>
      ) : null}
    </div>
  );
}
