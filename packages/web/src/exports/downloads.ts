import { registerVariables, type RegisterFilters } from '../complaints/register-filters';

/**
 * The API's download addresses (docs/api.md, Downloads). A plain link: the browser sends the
 * session cookie and saves the file as it streams, however large the register.
 */

/**
 * The register's download for the filters on screen: the same arguments the register page's
 * query sends (its own `registerVariables`), without the page, so the file holds every page.
 */
export function registerDownloadUrl(filters: RegisterFilters, format: 'csv' | 'xlsx'): string {
  const { limit: _limit, offset: _offset, ...rest } = registerVariables(filters);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  const text = query.toString();
  return `/exports/register.${format}${text ? `?${text}` : ''}`;
}

/** The organisation's data: a zip of CSVs or one XLSX (administrators). */
export const ORGANISATION_DOWNLOADS = {
  zip: '/exports/organisation.zip',
  xlsx: '/exports/organisation.xlsx',
} as const;

/** Everything held about one customer or member of staff, for a subject access request. */
export const subjectAccessUrl = (subject: { customerId: string } | { personId: string }): string =>
  `/exports/subject-access.zip?${new URLSearchParams(subject).toString()}`;
