import type { Random } from './random';
import type { CustomerRow } from './rows';
import * as T from './texts';
import { PREFERRED } from './weights';

function postcode(rng: Random, districts: readonly string[]): string {
  return `${rng.pick(districts)} ${rng.int(1, 9)}${rng.pick([...T.POSTCODE_LETTERS])}${rng.pick([...T.POSTCODE_LETTERS])}`;
}

export function customer(
  rng: Random,
  organisationId: string,
  id: string,
  createdAt: string,
): CustomerRow {
  const first = rng.pick(T.FIRST_NAMES);
  const last = rng.pick(T.SURNAMES);
  const [town, districts] = rng.pick(T.TOWNS);
  const flat = rng.chance(0.45) ? `Flat ${rng.int(0, 3)}/${rng.int(1, 2)}, ` : '';
  const withheld = rng.next();
  const email =
    withheld < 0.75
      ? `${first}.${last}${rng.int(1, 999)}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, '')
      : null;
  const phone =
    withheld < 0.9
      ? rng.chance(0.6)
        ? `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`
        : `0141 496 0${String(rng.int(0, 999)).padStart(3, '0')}`
      : null;
  const address =
    withheld > 0.05 ? `${flat}${rng.int(1, 180)} ${rng.pick(T.STREETS)}, ${town}` : null;
  const preferred = rng.weighted(PREFERRED);
  return {
    organisation_id: organisationId,
    id,
    name: `${first} ${last}`,
    email,
    phone,
    address,
    postcode: address ? postcode(rng, districts) : null,
    preferred_contact:
      preferred === 'email' && !email
        ? 'phone'
        : preferred === 'phone' && !phone
          ? 'letter'
          : preferred,
    created_at: createdAt,
  };
}
