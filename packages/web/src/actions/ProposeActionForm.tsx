import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ROOT_CAUSES, SERVICE_AREAS } from '../complaints/queries';
import type {
  PeopleQuery,
  PeopleQueryVariables,
  ProposeActionMutation,
  ProposeActionMutationVariables,
  RootCausesQuery,
  RootCausesQueryVariables,
  ServiceAreasQuery,
  ServiceAreasQueryVariables,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { navigate } from '../lib/router';
import { checkProposal, PROPOSE_ALIASES, PROPOSE_FIELDS, toProposeInput } from './propose-input';
import { PEOPLE, PROPOSE } from './queries';

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
  const people = useQuery<PeopleQuery, PeopleQueryVariables>(PEOPLE);
  const areas = useQuery<ServiceAreasQuery, ServiceAreasQueryVariables>(SERVICE_AREAS);
  const causes = useQuery<RootCausesQuery, RootCausesQueryVariables>(ROOT_CAUSES);
  const [propose, { loading }] = useMutation<ProposeActionMutation, ProposeActionMutationVariables>(
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
  const form = useFormErrors();
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });

  async function submit() {
    if (form.check(checkProposal(v))) return;
    form.clear();
    try {
      const result = await propose({ variables: toProposeInput(v, complaintIds) });
      const id = result.data?.proposeImprovementAction.id;
      if (id) navigate(`/actions/${id}`);
    } catch (error) {
      form.failFrom(error, PROPOSE_FIELDS, {}, PROPOSE_ALIASES);
    }
  }

  return (
    <section className="panel" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose an improvement action{about ? ` for ${about}` : ''}</h2>
      <Form id="propose" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <Field name="title" label="Title">
          {(p) => <input {...p} value={v.title} onChange={set('title')} />}
        </Field>
        <Field name="description" label="What will change">
          {(p) => <textarea {...p} rows={3} value={v.description} onChange={set('description')} />}
        </Field>
        <div className="form-grid">
          <Select
            name="ownerId"
            label="Owner"
            value={v.ownerId}
            onChange={(value) => setV({ ...v, ownerId: value })}
            options={(people.data?.people.items ?? [])
              .filter((x) => x.active)
              .map((x) => [x.id, x.name] as const)}
            placeholder="Choose…"
          />
          <Select
            name="serviceAreaId"
            label="Service area"
            value={v.serviceAreaId}
            onChange={(value) => setV({ ...v, serviceAreaId: value })}
            options={(areas.data?.serviceAreas ?? [])
              .filter((a) => a.active)
              .map((a) => [a.id, a.name] as const)}
            placeholder="Choose…"
          />
          <Field name="targetDate" label="Target date">
            {(p) => <input {...p} type="date" value={v.targetDate} onChange={set('targetDate')} />}
          </Field>
          <Select
            name="rootCauseId"
            label="Root cause"
            hint="Optional"
            value={v.rootCauseId}
            onChange={(value) => setV({ ...v, rootCauseId: value })}
            options={(causes.data?.rootCauses ?? []).map(
              (r) => [r.id, r.parentId ? `— ${r.name}` : r.name] as const,
            )}
            placeholder="None"
          />
        </div>
        <FormActions
          submit="Propose the action"
          busy="Proposing…"
          loading={loading}
          onCancel={onCancel}
        />
      </Form>
    </section>
  );
}
