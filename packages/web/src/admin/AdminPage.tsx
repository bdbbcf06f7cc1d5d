import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { OrganisationExport } from '../exports/DownloadLinks';

/** The administration sections, in the order an administrator setting up usually needs them. */
export const ADMIN_SECTIONS: readonly { to: string; title: string; what: string }[] = [
  {
    to: '/admin/organisation',
    title: 'Organisation',
    what: 'Name, sector and the word for the person complaining, cut-off time, population, signposting texts, small-number threshold, financial year.',
  },
  {
    to: '/admin/closure-days',
    title: 'Closure days',
    what: 'Local holidays and industrial action, on a year calendar beside the Scottish bank holidays, and which open complaints a change moves.',
  },
  {
    to: '/admin/audit',
    title: 'Audit log',
    what: 'Who changed what and when, filtered, and as a CSV file.',
  },
  {
    to: '/staff',
    title: 'Staff',
    what: 'Invite people, change their role or service area, deactivate and reactivate, end sessions, password reset links.',
  },
  {
    to: '/admin/service-areas',
    title: 'Service areas',
    what: 'The services complaints are about: add, rename, retire.',
  },
  {
    to: '/admin/root-causes',
    title: 'Root causes',
    what: 'The taxonomy of underlying causes: add, rename, move, retire, merge two keeping history.',
  },
  {
    to: '/admin/letter-templates',
    title: 'Letter templates',
    what: 'The letters handlers draft: stage 1 response, extensions, stage 2 acknowledgement, final response.',
  },
  {
    to: '/admin/retention',
    title: 'Retention',
    what: 'How long personal data is kept after closure, complaints due for anonymisation, legal holds, and a run now.',
  },
  {
    to: '/imports',
    title: 'Import complaints',
    what: 'Complaints recorded elsewhere, with their journey, from a CSV file or an Excel workbook: template, column mapping, a check, then the import.',
  },
  {
    to: '/admin/sign-in',
    title: 'Single sign-on',
    what: "Your organisation's directory (OpenID Connect, e.g. Microsoft Entra ID): issuer, client, allowed e-mail domains, groups to roles.",
  },
];

/** The administrator's landing page: one link per section. */
export default function AdminPage() {
  usePageTitle('Administration');
  return (
    <>
      <h1>Administration</h1>
      <ul className="admin-sections">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to}>
            <Link to={s.to}>{s.title}</Link>
            <p className="hint">{s.what}</p>
          </li>
        ))}
      </ul>
      <OrganisationExport />
    </>
  );
}
