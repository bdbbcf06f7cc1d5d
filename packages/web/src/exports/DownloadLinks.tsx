import { administers } from '@chp/domain';
import { useMe } from '../auth/me-context';
import { ORGANISATION_DOWNLOADS, subjectAccessUrl } from './downloads';

/** The organisation's data as files, for leaving the platform or analysis elsewhere (administrators). */
export function OrganisationExport() {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export the organisation&apos;s data</h2>
      <p className="hint">
        Every table of your organisation (complaints, journeys, customers, staff without passwords,
        actions, publications, the audit log, settings...). No password, token or secret is ever
        included. Each download is recorded in the audit log.
      </p>
      <p>
        <a href={ORGANISATION_DOWNLOADS.zip} download>
          Download all data (zip of CSV files)
        </a>{' '}
        ·{' '}
        <a href={ORGANISATION_DOWNLOADS.xlsx} download>
          Download all data (Excel workbook)
        </a>
      </p>
    </section>
  );
}

/**
 * A subject access download (UK GDPR Article 15) for administrators: everything held about one
 * customer or member of staff (docs/procedure.md, Exports). Nothing for other roles.
 */
export function SubjectAccessLink({
  subject,
  name,
}: {
  subject: { customerId: string } | { personId: string };
  name: string;
}) {
  const me = useMe();
  if (!administers(me.role)) return null;
  return (
    <p className="no-print">
      <a href={subjectAccessUrl(subject)} download>
        Subject access download for {name}
      </a>{' '}
      <span className="hint">(zip: review for other people&apos;s data before sending)</span>
    </p>
  );
}
