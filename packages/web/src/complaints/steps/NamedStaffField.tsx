import { useQuery } from '@apollo/client/react';
import type { PeopleQuery, PeopleQueryVariables } from '../../generated/graphql';
import { FieldGroup } from '../../lib/forms';
import { PEOPLE } from '../../actions/queries';

/**
 * The staff a complaint is about (§62), chosen from the organisation's staff: one checkbox each.
 * Staff no longer active stay listed while named, so a correction never drops them unseen.
 */
export function NamedStaffField({
  value,
  named,
  onChange,
}: {
  value: readonly string[];
  /** The staff named now, with names (inactive staff may be among them). */
  named: readonly { id: string; name: string }[];
  onChange: (ids: string[]) => void;
}) {
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const active = (people.data?.people.items ?? []).filter((p) => p.active);
  const staff = [...active, ...named.filter((n) => !active.some((p) => p.id === n.id))].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <FieldGroup
      name="namedStaffIds"
      legend="Staff the complaint is about"
      hint="Tick everyone the complaint names (§62); untick anyone named by mistake"
    >
      {people.loading && staff.length === 0 ? <p className="loading">Loading the staff…</p> : null}
      {staff.map((p) => (
        <label key={p.id} className="inline">
          <input
            type="checkbox"
            checked={value.includes(p.id)}
            onChange={(e) => toggle(p.id, e.target.checked)}
          />{' '}
          {p.name}
        </label>
      ))}
    </FieldGroup>
  );
}
