import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  ComplaintStaffQuery,
  ComplaintStaffQueryVariables,
  PeopleQuery,
  PeopleQueryVariables,
} from '../../generated/graphql';
import { PEOPLE } from '../../actions/queries';
import { formatDate, londonToday } from '../../lib/format';
import { TableWrap, Tag } from '../../lib/ui';
import { useKeptQuery } from '../../lib/use-kept-query';
import { COMPLAINT_STAFF } from './queries';
import {
  NameStaffForm,
  ResponseSharedForm,
  StaffToldForm,
  StaffUpdateForm,
  SupportContactForm,
} from './StaffForms';
import {
  nameableStaff,
  nextUpdateState,
  supportContactChoices,
  toldSummary,
  updatesSummary,
} from './staff-panel';

type Open =
  { form: 'name' } | { form: 'told' | 'support' | 'update' | 'shared'; personId: string } | null;

const STATE_TONE = { overdue: 'bad', today: 'warn', coming: 'neutral' } as const;

/**
 * Staff complained about (docs/procedure.md, Staff complained about; §25, §33, §48, §62, §68):
 * each named member of staff, whether and how they were told, their support contact, the updates
 * owed to them while stage 2 is extended, and the response shared with them. Shown to handlers
 * and managers (the roles that read the complaint's personal data); they record each step.
 */
export function StaffComplainedAboutPanel({
  complaint,
  onChanged,
}: {
  complaint: { id: string; version: number; status: string };
  onChanged: () => Promise<unknown>;
}) {
  const { data, refetch } = useKeptQuery<ComplaintStaffQuery, ComplaintStaffQueryVariables>(
    COMPLAINT_STAFF,
    { id: complaint.id },
    { fetchPolicy: 'cache-and-network' },
  );
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const staff = data?.complaint.staffComplainedAbout ?? [];
  const everyone = people.data?.people.items ?? [];
  const today = londonToday();
  const reload = async () => {
    await Promise.all([refetch(), onChanged()]);
  };
  const formProps = {
    complaint,
    onDone: async (message: string) => {
      await reload();
      setOpen(null);
      setDone(message);
    },
    onCancel: () => setOpen(null),
    reload,
  };
  const toggle = (next: Exclude<Open, null>) => {
    setDone(null);
    const same =
      open?.form === next.form &&
      ('personId' in next ? 'personId' in open && open.personId === next.personId : true);
    setOpen(same ? null : next);
  };
  const openFor = (form: string, personId: string) =>
    open !== null && open.form === form && 'personId' in open && open.personId === personId;
  const member = (personId: string) => {
    const m = staff.find((s) => s.personId === personId)!;
    return { id: m.personId, name: m.person.name };
  };
  return (
    <section aria-labelledby="staff-complained-about-heading" className="staff-complained-about">
      <div className="page-head">
        <h2 id="staff-complained-about-heading">Staff complained about</h2>
        <button
          type="button"
          className="no-print"
          aria-expanded={open?.form === 'name'}
          onClick={() => toggle({ form: 'name' })}
        >
          Name a member of staff
        </button>
      </div>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {open?.form === 'name' ? (
        <NameStaffForm
          {...formProps}
          choices={nameableStaff(
            everyone,
            staff.map((s) => s.personId),
          )}
        />
      ) : null}
      {staff.length === 0 ? (
        <p>No member of staff is named in this complaint.</p>
      ) : (
        <TableWrap label="Staff complained about">
          <table>
            <caption className="visually-hidden">
              Each member of staff named, what they were told and the updates owed to them
            </caption>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Told</th>
                <th scope="col">Support contact</th>
                <th scope="col">Updates (§62)</th>
                <th scope="col">Next update due</th>
                <th scope="col">Response shared</th>
                <th scope="col" className="no-print">
                  Record
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.map((m) => {
                const state = nextUpdateState(m, today);
                return (
                  <tr key={m.personId}>
                    <th scope="row">{m.person.name}</th>
                    <td>{toldSummary(m)}</td>
                    <td>{m.supportContact?.name ?? 'None yet'}</td>
                    <td>{updatesSummary(m)}</td>
                    <td>
                      {m.nextUpdateDue ? (
                        <>
                          {formatDate(m.nextUpdateDue)}{' '}
                          {state === 'overdue' || state === 'today' ? (
                            <Tag tone={STATE_TONE[state]}>
                              {state === 'overdue' ? 'Overdue' : 'Due today'}
                            </Tag>
                          ) : null}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{m.responseSharedOn ? formatDate(m.responseSharedOn) : 'Not yet'}</td>
                    <td className="no-print">
                      <div className="step-buttons">
                        {(
                          [
                            ['told', 'Record told'],
                            ['support', 'Set support contact'],
                            ['update', 'Record update'],
                            ['shared', 'Record response shared'],
                          ] as const
                        ).map(([form, label]) => (
                          <button
                            key={form}
                            type="button"
                            aria-label={`${label}: ${m.person.name}`}
                            aria-expanded={openFor(form, m.personId)}
                            onClick={() => toggle({ form, personId: m.personId })}
                          >
                            {label}
                          </button>
                        ))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {open && 'personId' in open ? (
        <>
          {open.form === 'told' ? (
            <StaffToldForm key={open.personId} {...formProps} member={member(open.personId)} />
          ) : null}
          {open.form === 'support' ? (
            <SupportContactForm
              key={open.personId}
              {...formProps}
              member={member(open.personId)}
              choices={supportContactChoices(everyone, open.personId)}
            />
          ) : null}
          {open.form === 'update' ? (
            <StaffUpdateForm key={open.personId} {...formProps} member={member(open.personId)} />
          ) : null}
          {open.form === 'shared' ? (
            <ResponseSharedForm key={open.personId} {...formProps} member={member(open.personId)} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
