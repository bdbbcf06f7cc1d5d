import { useQuery } from '@apollo/client/react';
import type { PeopleQuery, PeopleQueryVariables } from '../generated/graphql';
import { PEOPLE } from '../actions/queries';
import type { ComplaintDetail } from './types';

const BY_PERSON = new Set(['handlerId', 'namedStaffIds']);

/**
 * Staff names by id for the journey's corrected handler and staff named (docs/procedure.md,
 * Correcting a record); asked for only when the viewer is shown such a correction's values.
 */
export function usePeopleNames(c: ComplaintDetail | null | undefined): Record<string, string> {
  const shown = !!c?.journey.some((e) =>
    e.corrections.some((x) => BY_PERSON.has(x.field) && !x.withheld),
  );
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE, { skip: !shown });
  return Object.fromEntries(
    [
      ...(people.data?.people.items ?? []),
      ...(c?.handler ? [c.handler] : []),
      ...(c?.namedStaff ?? []),
    ].map((p) => [p.id, p.name]),
  );
}
