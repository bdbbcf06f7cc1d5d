import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  PlatformQuery,
  PlatformQueryVariables,
  SetOrganisationGroupMutation,
  SetOrganisationGroupMutationVariables,
} from '../generated/graphql';
import { linkExpiry } from '../auth/password-link';
import { apiProblems } from '../lib/errors';
import { messageFor } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState, SuccessMessage, TableWrap } from '../lib/ui';
import { GroupAccessPanel } from './GroupAccessPanel';
import { NewGroupForm } from './NewGroupForm';
import { NewOrganisationForm, type CreatedOrganisation } from './NewOrganisationForm';
import { PLATFORM, SET_ORGANISATION_GROUP } from './queries';
import { SECTOR_LABELS } from './sectors';

type Organisation = PlatformQuery['platformOrganisations'][number];

/** The new administrator's link: shown once, to pass on until the platform sends e-mail. */
function CreatedLink({ created }: { created: CreatedOrganisation }) {
  const url = `${window.location.origin}${created.passwordLinkPath}`;
  return (
    <section className="panel" aria-label="Link to pass on" role="status">
      <h2>{created.organisation.name} is created</h2>
      <p>
        Give this invitation link to {created.administrator.name} ({created.administrator.email})
        yourself: it is shown only now. It works once, until{' '}
        {linkExpiry(created.passwordLinkExpiresAt)}, for them to choose a password and set the
        organisation up.
      </p>
      <div className="field">
        <label htmlFor="created-link">Invitation link</label>
        <input id="created-link" readOnly value={url} onFocus={(e) => e.target.select()} />
      </div>
    </section>
  );
}

/** One organisation's group, changed on the spot. */
function GroupChoice({
  organisation,
  groups,
  onProblem,
}: {
  organisation: Organisation;
  groups: { id: string; name: string }[];
  onProblem: (message: string | null) => void;
}) {
  const [setGroup, { loading }] = useMutation<
    SetOrganisationGroupMutation,
    SetOrganisationGroupMutationVariables
  >(SET_ORGANISATION_GROUP, { refetchQueries: ['Platform'] });
  const id = `group-of-${organisation.id}`;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        Group of {organisation.name}
      </label>
      <select
        id={id}
        value={organisation.group?.id ?? ''}
        disabled={loading}
        onChange={(e) => {
          onProblem(null);
          setGroup({
            variables: { organisationId: organisation.id, groupId: e.target.value || null },
          }).catch((error: unknown) => {
            const [first] = apiProblems(error);
            onProblem(first ? messageFor(first) : 'The group could not be changed. Try again.');
          });
        }}
      >
        <option value="">No group</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * The platform administrator's page (README, Platform administrator): every organisation of the
 * deployment and its group, who has group access, a new organisation with its first
 * administrator, a new group.
 */
export default function PlatformPage() {
  usePageTitle('Platform');
  const query = useQuery<PlatformQuery, PlatformQueryVariables>(PLATFORM);
  const [created, setCreated] = useState<CreatedOrganisation | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const groups = query.data?.organisationGroups ?? [];
  const organisations = query.data?.platformOrganisations ?? [];

  return (
    <>
      <h1>Platform</h1>
      <p>
        Organisations on this platform and their groups. People with group access in a member
        organisation read every member&apos;s figures side by side; nobody changes another
        organisation&apos;s records through a group.
      </p>
      {created ? <CreatedLink created={created} /> : null}
      <SuccessMessage message={message} />
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the organisations"
      >
        <TableWrap label="Organisations">
          <table>
            <caption>Organisations ({organisations.length})</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Short name</th>
                <th scope="col">Sector</th>
                <th scope="col">Group</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{o.slug}</td>
                  <td>{SECTOR_LABELS[o.sector]}</td>
                  <td>
                    <GroupChoice organisation={o} groups={groups} onProblem={setProblem} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </QueryState>
      <GroupAccessPanel groups={groups} />
      <NewOrganisationForm
        groups={groups}
        onCreated={(c) => {
          setMessage(null);
          setCreated(c);
        }}
      />
      <NewGroupForm
        onCreated={(name) => {
          setCreated(null);
          setMessage(`The group ${name} is created: put organisations in it from the list above.`);
        }}
      />
    </>
  );
}
