import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { HealthQuery, HealthQueryVariables } from '../generated/graphql';
import { formatDate } from '../lib/format-date';
import { usePageTitle } from '../lib/page-title';
import { stageOneDueIfReceivedAt } from './stage-one-due';

export const HEALTH_QUERY = gql`
  query Health {
    health {
      status
      database
      version
      stage1DueIfReceivedNow
    }
  }
`;

/**
 * Whether the API and its database answer, and whether the dashboard's copy of the rules
 * (@chp/domain, loaded with this page only) agrees with the API's.
 */
export default function StatusPage() {
  usePageTitle('Platform status');
  const { data, loading, error } = useQuery<HealthQuery, HealthQueryVariables>(HEALTH_QUERY, {
    fetchPolicy: 'network-only',
  });
  const dueHere = stageOneDueIfReceivedAt(new Date());
  return (
    <section aria-labelledby="status-heading" className="status">
      <h1 id="status-heading">Platform status</h1>
      {loading && !data ? (
        <p role="status">Checking the platform…</p>
      ) : error ? (
        <p role="alert">The API could not be reached: {error.message}</p>
      ) : data ? (
        <dl>
          <dt>API</dt>
          <dd data-testid="api-status">{data.health.status}</dd>
          <dt>Database</dt>
          <dd data-testid="database-status">
            {data.health.database ? 'connected' : 'not reachable'}
          </dd>
          <dt>Version</dt>
          <dd>{data.health.version}</dd>
          <dt>A complaint received now is due at stage 1 on</dt>
          <dd data-testid="stage1-due">
            {formatDate(data.health.stage1DueIfReceivedNow)}
            {data.health.stage1DueIfReceivedNow === dueHere
              ? ' (the dashboard and the API agree)'
              : ` (the dashboard computes ${formatDate(dueHere)}: the API and dashboard rules differ)`}
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
