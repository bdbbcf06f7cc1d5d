import { useMutation } from '@apollo/client/react';
import { SubjectAccessLink } from '../exports/DownloadLinks';
import type { Role } from '@chp/domain';
import { useState } from 'react';
import type {
  EndSessionsMutation,
  EndSessionsMutationVariables,
  StaffQuery,
} from '../generated/graphql';
import { apiProblems } from '../lib/errors';
import {
  Form,
  FormActions,
  messageFor,
  onSubmitted,
  Select,
  useVersionedMutation,
} from '../lib/forms';
import { SuccessMessage } from '../lib/ui';
import { END_SESSIONS, UPDATE_PERSON } from './queries';
import { personChanges, ROLE_OPTIONS } from './staff-changes';

type StaffMember = StaffQuery['people']['items'][number];
const FIELDS = ['role', 'serviceAreaId'];

/**
 * One member of staff, for the administrator: role and service area, deactivate or reactivate,
 * end every session (docs/procedure.md, Accounts). The organisation keeps an active administrator.
 */
export function PersonPanel({
  person,
  areas,
  reload,
  onClose,
}: {
  person: StaffMember;
  areas: readonly { id: string; name: string }[];
  reload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const [role, setRole] = useState<Role>(person.role);
  const [serviceAreaId, setServiceAreaId] = useState(person.serviceArea?.id ?? '');
  const [done, setDone] = useState<string | null>(null);
  const update = useVersionedMutation(UPDATE_PERSON, { record: person, fields: FIELDS, reload });
  const [endSessions, ending] = useMutation<EndSessionsMutation, EndSessionsMutationVariables>(
    END_SESSIONS,
  );
  const [endProblem, setEndProblem] = useState<string | null>(null);

  async function save() {
    setDone(null);
    const changes = personChanges(person, { role, serviceAreaId });
    if (!changes) return setDone('Nothing to change.');
    if (await update.run({ changes: { version: person.version, ...changes } })) {
      setDone(`Saved: ${person.name}'s role and service area.`);
      await reload();
    }
  }

  async function setActive(active: boolean) {
    setDone(null);
    if (await update.run({ changes: { version: person.version, active } })) {
      setDone(
        active
          ? `${person.name} is active again: they sign in with their password.`
          : `${person.name} is deactivated and signed out everywhere.`,
      );
      await reload();
    }
  }

  async function end() {
    setDone(null);
    setEndProblem(null);
    try {
      const result = await endSessions({ variables: { personId: person.id } });
      const n = result.data?.endSessions ?? 0;
      setDone(
        n === 0
          ? `${person.name} had no open session.`
          : `Ended ${n} session${n === 1 ? '' : 's'}: ${person.name} must sign in again.`,
      );
    } catch (error) {
      const [first] = apiProblems(error);
      setEndProblem(first ? messageFor(first) : 'The sessions could not be ended. Try again.');
    }
  }

  return (
    <section className="panel" aria-labelledby="person-heading">
      <h2 id="person-heading">{person.name}</h2>
      <p>
        {person.email}
        {person.active ? '' : ' (deactivated)'}
      </p>
      <SubjectAccessLink subject={{ personId: person.id }} name={person.name} />
      <SuccessMessage message={done} />
      <Form id="person" state={update} onSubmit={onSubmitted(save)} level={3}>
        <div className="form-grid">
          <Select
            name="role"
            label="Role"
            value={role}
            onChange={(v) => setRole(v as Role)}
            options={ROLE_OPTIONS}
          />
          <Select
            name="serviceAreaId"
            label="Service area"
            value={serviceAreaId}
            onChange={setServiceAreaId}
            options={areas.map((a) => [a.id, a.name] as const)}
            placeholder="None"
          />
        </div>
        <FormActions
          submit="Save role and service area"
          loading={update.loading}
          onCancel={onClose}
        />
      </Form>
      <h3>Access</h3>
      {endProblem ? (
        <p className="error-message" role="alert">
          {endProblem}
        </p>
      ) : null}
      <div className="actions-row">
        {person.active ? (
          <button type="button" disabled={update.loading} onClick={() => void setActive(false)}>
            Deactivate
          </button>
        ) : (
          <button type="button" disabled={update.loading} onClick={() => void setActive(true)}>
            Reactivate
          </button>
        )}
        <button type="button" disabled={ending.loading} onClick={() => void end()}>
          End all sessions
        </button>
      </div>
    </section>
  );
}
