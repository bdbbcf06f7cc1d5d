import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ROOT_CAUSES, SERVICE_AREAS } from '../complaints/queries';
import { formErrors, type FormErrors } from '../lib/errors';
import { navigate } from '../lib/router';
import { Field, FormError } from '../lib/ui';
import { PEOPLE, PROPOSE } from './queries';

const FIELDS = [
  'title',
  'description',
  'ownerId',
  'serviceAreaId',
  'targetDate',
  'rootCauseIds',
  'complaintIds',
];

/** Proposes an improvement action with an owner and a target date; a manager authorises it next. */
export function ProposeActionForm({
  onCancel,
  complaintIds = [],
  serviceAreaId = '',
  rootCauseIds = [],
  about,
}: {
  onCancel: () => void;
  /** The complaints it addresses (proposed from a complaint's page). */
  complaintIds?: string[];
  serviceAreaId?: string;
  rootCauseIds?: string[];
  /** 'CMP-2026-00042': shown in the heading when proposed from a complaint. */
  about?: string;
}) {
  const people = useQuery<{ people: { items: { id: string; name: string; active: boolean }[] } }>(
    PEOPLE,
  );
  const areas = useQuery<{ serviceAreas: { id: string; name: string; active: boolean }[] }>(
    SERVICE_AREAS,
  );
  const causes = useQuery<{ rootCauses: { id: string; name: string; parentId: string | null }[] }>(
    ROOT_CAUSES,
  );
  const [propose, { loading }] = useMutation<{ proposeImprovementAction: { id: string } }>(
    PROPOSE,
    { refetchQueries: ['Actions'] },
  );
  const [v, setV] = useState({
    title: '',
    description: '',
    ownerId: '',
    serviceAreaId,
    targetDate: '',
    rootCauseId: rootCauseIds[0] ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.title.trim()) missing['title'] = 'Give the action a short title.';
    if (!v.description.trim()) missing['description'] = 'Describe what will change.';
    if (!v.ownerId) missing['ownerId'] = 'Choose who owns the action.';
    if (!v.serviceAreaId) missing['serviceAreaId'] = 'Choose the service area.';
    if (!v.targetDate) missing['targetDate'] = 'Enter the target date.';
    if (Object.keys(missing).length) return setErrors({ fields: missing, form: null });
    try {
      const result = await propose({
        variables: {
          input: {
            title: v.title.trim(),
            description: v.description.trim(),
            ownerId: v.ownerId,
            serviceAreaId: v.serviceAreaId,
            targetDate: v.targetDate,
            rootCauseIds: v.rootCauseId ? [v.rootCauseId] : [],
            complaintIds,
          },
        },
      });
      const id = result.data?.proposeImprovementAction.id;
      if (id) navigate(`/actions/${id}`);
    } catch (error) {
      setErrors(formErrors(error, FIELDS, {}, { rootCauseIds: 'rootCauseId' }));
    }
  }

  const fe = errors.fields;
  return (
    <section className="panel" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose an improvement action{about ? ` for ${about}` : ''}</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <Field label="Title" error={fe['title']}>
          {(p) => <input {...p} name="title" value={v.title} onChange={set('title')} />}
        </Field>
        <Field label="What will change" error={fe['description']}>
          {(p) => (
            <textarea
              {...p}
              name="description"
              rows={3}
              value={v.description}
              onChange={set('description')}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field label="Owner" error={fe['ownerId']}>
            {(p) => (
              <select {...p} name="ownerId" value={v.ownerId} onChange={set('ownerId')}>
                <option value="">Choose…</option>
                {(people.data?.people.items ?? [])
                  .filter((x) => x.active)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label="Service area" error={fe['serviceAreaId']}>
            {(p) => (
              <select
                {...p}
                name="serviceAreaId"
                value={v.serviceAreaId}
                onChange={set('serviceAreaId')}
              >
                <option value="">Choose…</option>
                {(areas.data?.serviceAreas ?? [])
                  .filter((a) => a.active)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label="Target date" error={fe['targetDate']}>
            {(p) => (
              <input
                {...p}
                type="date"
                name="targetDate"
                value={v.targetDate}
                onChange={set('targetDate')}
              />
            )}
          </Field>
          <Field label="Root cause" hint="Optional" error={fe['rootCauseId']}>
            {(p) => (
              <select {...p} name="rootCauseId" value={v.rootCauseId} onChange={set('rootCauseId')}>
                <option value="">None</option>
                {(causes.data?.rootCauses ?? []).map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.parentId ? `— ${r.name}` : r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="actions-row">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Proposing…' : 'Propose the action'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
