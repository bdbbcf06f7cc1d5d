import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@chp/domain';
import { useState } from 'react';
import type {
  GroupAccessHoldersQuery,
  PlatformPersonByEmailQuery,
  PlatformPersonByEmailQueryVariables,
  PlatformPersonFieldsFragment,
  SetGroupAccessMutation,
  SetGroupAccessMutationVariables,
} from '../generated/graphql';
import { apiProblems } from '../lib/errors';
import { Field, Form, FormActions, messageFor, onSubmitted, useFormErrors } from '../lib/forms';
import { QueryState, SuccessMessage, TableWrap } from '../lib/ui';
import { GROUP_ACCESS_HOLDERS, PLATFORM_PERSON_BY_EMAIL, SET_GROUP_ACCESS } from './queries';

type Holder = PlatformPersonFieldsFragment;

/** Grants or removes one person's group access, and says what happened. */
function useSetGroupAccess(onDone: (found: Holder, message: string) => void) {
  const [setAccess, { loading }] = useMutation<
    SetGroupAccessMutation,
    SetGroupAccessMutationVariables
  >(SET_GROUP_ACCESS, { refetchQueries: ['GroupAccessHolders'] });
  const [problem, setProblem] = useState<string | null>(null);
  async function run(holder: Holder, groupAccess: boolean) {
    setProblem(null);
    try {
      const result = await setAccess({ variables: { personId: holder.person.id, groupAccess } });
      const changed = result.data?.setGroupAccess;
      if (changed)
        onDone(
          changed,
          groupAccess
            ? `${changed.person.name} now reads the figures of every organisation in ${changed.organisation.group?.name ?? 'the group'}.`
            : `${changed.person.name} no longer has group access: they read ${changed.organisation.name}'s figures only.`,
        );
    } catch (error) {
      const [first] = apiProblems(error);
      setProblem(first ? messageFor(first) : 'Group access could not be changed. Try again.');
    }
  }
  return { run, loading, problem };
}

/** Find a member of staff by e-mail, then grant or remove their group access. */
function FindPerson({ onChanged }: { onChanged: (message: string) => void }) {
  const client = useApolloClient();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<Holder | null>(null);
  const change = useSetGroupAccess((holder, message) => {
    setFound(holder);
    onChanged(message);
  });

  async function find() {
    if (form.check(email.trim() ? {} : { email: 'Enter the e-mail address they sign in with.' }))
      return;
    form.clear();
    setFound(null);
    setSearching(true);
    try {
      const result = await client.query<
        PlatformPersonByEmailQuery,
        PlatformPersonByEmailQueryVariables
      >({
        query: PLATFORM_PERSON_BY_EMAIL,
        variables: { email: email.trim() },
        fetchPolicy: 'network-only',
      });
      const person = result.data?.platformPersonByEmail ?? null;
      if (!person)
        form.fail({ fields: { email: 'Nobody signs in with that e-mail address.' }, form: null });
      setFound(person);
    } catch (error) {
      form.failFrom(error, ['email']);
    } finally {
      setSearching(false);
    }
  }

  return (
    <>
      <Form id="find-person" state={form} onSubmit={onSubmitted(find)} level={3}>
        <Field
          name="email"
          label="Find a person by e-mail"
          hint="The address they sign in with, in any organisation."
        >
          {(p) => (
            <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <FormActions submit="Find" busy="Finding…" loading={searching} />
      </Form>
      {found ? (
        <div className="panel" aria-label="Person found">
          <p>
            <strong>{found.person.name}</strong> ({found.person.email}),{' '}
            {ROLE_LABELS[found.person.role]} at {found.organisation.name}.
          </p>
          {!found.organisation.group ? (
            <p>
              {found.organisation.name} is in no group: put it in a group first, then grant group
              access.
            </p>
          ) : found.person.groupAccess ? (
            <>
              <p>They read the figures of every organisation in {found.organisation.group.name}.</p>
              <button
                type="button"
                disabled={change.loading}
                onClick={() => void change.run(found, false)}
              >
                Remove group access
              </button>
            </>
          ) : (
            <>
              <p>
                Granting lets them read the figures of every organisation in{' '}
                {found.organisation.group.name}; they never change another organisation&apos;s
                records.
              </p>
              <button
                type="button"
                disabled={change.loading}
                onClick={() => void change.run(found, true)}
              >
                Grant group access
              </button>
            </>
          )}
          {change.problem ? (
            <p className="error-message" role="alert">
              {change.problem}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** Who holds group access, group by group, each with a Remove button. */
function Holders({
  groups,
  onChanged,
}: {
  groups: { id: string; name: string }[];
  onChanged: (message: string) => void;
}) {
  const query = useQuery<GroupAccessHoldersQuery>(GROUP_ACCESS_HOLDERS);
  const change = useSetGroupAccess((_holder, message) => onChanged(message));
  const holders = query.data?.groupAccessHolders ?? [];
  return (
    <QueryState
      loading={query.loading && !query.data}
      error={query.error}
      retry={() => void query.refetch()}
      what="Loading who has group access"
    >
      {change.problem ? (
        <p className="error-message" role="alert">
          {change.problem}
        </p>
      ) : null}
      {groups.map((group) => {
        const members = holders.filter((h) => h.organisation.group?.id === group.id);
        return (
          <TableWrap key={group.id} label={`Group access in ${group.name}`}>
            <table>
              <caption>
                {group.name}: {members.length} with group access
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Role</th>
                  <th scope="col">
                    <span className="visually-hidden">Change</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.length === 0 ? (
                  <tr>
                    <td colSpan={5}>Nobody in this group has group access.</td>
                  </tr>
                ) : (
                  members.map((h) => (
                    <tr key={h.person.id}>
                      <th scope="row">{h.person.name}</th>
                      <td>{h.person.email}</td>
                      <td>{h.organisation.name}</td>
                      <td>{ROLE_LABELS[h.person.role]}</td>
                      <td>
                        <button
                          type="button"
                          disabled={change.loading}
                          onClick={() => void change.run(h, false)}
                        >
                          Remove
                          <span className="visually-hidden">
                            {' '}
                            {h.person.name}&apos;s group access
                          </span>
                        </button>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableWrap>
        );
      })}
    </QueryState>
  );
}

/**
 * Group access (README, Platform administrator): only the platform administrator grants it, so an
 * organisation's own administrator cannot open the other members' figures to their staff.
 */
export function GroupAccessPanel({ groups }: { groups: { id: string; name: string }[] }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="group-access-heading">
      <h2 id="group-access-heading">Group access</h2>
      <p>
        A person with group access reads the figures of every organisation in their
        organisation&apos;s group, side by side. Only you grant it.
      </p>
      <SuccessMessage message={message} />
      <Holders groups={groups} onChanged={setMessage} />
      <FindPerson onChanged={setMessage} />
    </section>
  );
}
