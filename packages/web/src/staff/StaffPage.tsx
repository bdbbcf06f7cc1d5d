import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@chp/domain';
import { useState } from 'react';
import type {
  IssuePasswordLinkMutation,
  IssuePasswordLinkMutationVariables,
  StaffQuery,
  StaffQueryVariables,
  StaffServiceAreasQuery,
} from '../generated/graphql';
import { linkExpiry } from '../auth/password-link';
import { apiProblems } from '../lib/errors';
import { messageFor } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { Pager, QueryState, TableWrap } from '../lib/ui';
import { InviteForm } from './InviteForm';
import { PersonPanel } from './PersonPanel';
import { STAFF, ISSUE_PASSWORD_LINK, STAFF_SERVICE_AREAS } from './queries';

type Issued = IssuePasswordLinkMutation['issuePasswordLink'];
const PAGE_SIZE = 50;

/**
 * The link just made for someone (docs/procedure.md, Accounts): shown once, to copy and pass on
 * until the platform sends e-mail.
 */
function IssuedLink({ link }: { link: Issued }) {
  const url = `${window.location.origin}${link.path}`;
  const [copied, setCopied] = useState(false);
  return (
    <section className="panel" aria-label="Link to pass on" role="status">
      <h2>
        {link.purpose === 'invitation' ? 'Invitation' : 'Password reset'} link for{' '}
        {link.person.name}
      </h2>
      <p>
        Give this link to {link.person.name} ({link.person.email}) yourself: it is shown only now.
        It works once, until {linkExpiry(link.expiresAt)}; a new link cancels this one.
      </p>
      <div className="field">
        <label htmlFor="issued-link">Link</label>
        <input id="issued-link" readOnly value={url} onFocus={(e) => e.target.select()} />
      </div>
      <div className="actions-row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy the link
        </button>
        {copied ? <span>Copied.</span> : null}
      </div>
    </section>
  );
}

/**
 * Staff, for the administrator: invite someone (the link is shown to pass on), change a role or
 * service area, deactivate or reactivate, end every session, and password reset links.
 */
export default function StaffPage() {
  usePageTitle('Staff');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const query = useQuery<StaffQuery, StaffQueryVariables>(STAFF, {
    variables: { search: search.trim() || null, offset: (page - 1) * PAGE_SIZE },
  });
  const [issue, { loading }] = useMutation<
    IssuePasswordLinkMutation,
    IssuePasswordLinkMutationVariables
  >(ISSUE_PASSWORD_LINK);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const areas = useQuery<StaffServiceAreasQuery>(STAFF_SERVICE_AREAS).data?.serviceAreas ?? [];

  async function makeLink(personId: string) {
    setProblem(null);
    try {
      const result = await issue({ variables: { personId } });
      setIssued(result.data?.issuePasswordLink ?? null);
    } catch (error) {
      const [first] = apiProblems(error);
      setIssued(null);
      setProblem(first ? messageFor(first) : 'The link could not be made. Try again.');
    }
  }

  const people = query.data?.people;
  const editing = people?.items.find((p) => p.id === editingId) ?? null;
  return (
    <>
      <h1>Staff</h1>
      <p>
        Someone new gets an invitation link to choose their password; someone who forgot theirs gets
        a password reset link, and setting the new password ends every session they had open.
        Administration also covers the <Link to="/admin/service-areas">service areas</Link> and the{' '}
        <Link to="/admin/root-causes">root causes</Link>.
      </p>
      {issued ? <IssuedLink link={issued} /> : null}
      {inviting ? (
        <InviteForm
          areas={areas}
          onInvited={(link) => {
            setIssued(link);
            setInviting(false);
          }}
          onCancel={() => setInviting(false)}
        />
      ) : (
        <div className="actions-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setInviting(true);
              setEditingId(null);
            }}
          >
            Invite someone
          </button>
        </div>
      )}
      {editing ? (
        <PersonPanel
          key={editing.id}
          person={editing}
          areas={areas}
          reload={() => query.refetch()}
          onClose={() => setEditingId(null)}
        />
      ) : null}
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="staff-search">Find by name or e-mail</label>
        <input
          id="staff-search"
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
      </div>
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the staff"
      >
        {people ? (
          <>
            <TableWrap label="Staff">
              <table>
                <caption>Staff ({people.totalCount})</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Role</th>
                    <th scope="col">Service area</th>
                    <th scope="col">Sign-in link</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {people.items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{p.email}</td>
                      <td>{ROLE_LABELS[p.role]}</td>
                      <td>{p.serviceArea?.name ?? 'None'}</td>
                      <td>
                        {p.active ? (
                          <button
                            type="button"
                            disabled={loading}
                            onClick={() => void makeLink(p.id)}
                          >
                            Make a link<span className="visually-hidden"> for {p.name}</span>
                          </button>
                        ) : (
                          'Deactivated'
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          onClick={() => {
                            setEditingId(p.id);
                            setInviting(false);
                          }}
                        >
                          Change<span className="visually-hidden"> {p.name}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={people.totalCount}
              onPage={setPage}
              label="Staff"
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
