import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CreateServiceAreaMutation,
  CreateServiceAreaMutationVariables,
  ServiceAreasAdminQuery,
} from '../generated/graphql';
import {
  Field,
  Form,
  FormActions,
  onSubmitted,
  useFormErrors,
  useVersionedMutation,
} from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { NamedListPage } from './named-list-page';
import {
  CREATE_SERVICE_AREA,
  SERVICE_AREAS_ADMIN,
  UPDATE_SERVICE_AREA,
} from './service-areas.queries';
import { serviceAreaNameProblem } from './service-areas.names';

type Area = ServiceAreasAdminQuery['serviceAreas'][number];

function AddArea({ areas, onAdded }: { areas: readonly Area[]; onAdded: (m: string) => void }) {
  const [create, { loading }] = useMutation<
    CreateServiceAreaMutation,
    CreateServiceAreaMutationVariables
  >(CREATE_SERVICE_AREA, { refetchQueries: ['ServiceAreasAdmin'], awaitRefetchQueries: true });
  const [name, setName] = useState('');
  const form = useFormErrors();

  async function submit() {
    const problem = serviceAreaNameProblem(name, areas);
    if (form.check(problem ? { name: problem } : {})) return;
    form.clear();
    try {
      await create({ variables: { name: name.trim() } });
      onAdded(`Added ${name.trim()}: handlers can choose it for new complaints.`);
      setName('');
    } catch (error) {
      form.failFrom(error, ['name']);
    }
  }

  return (
    <section className="panel" aria-labelledby="add-area-heading">
      <h2 id="add-area-heading">Add a service area</h2>
      <Form id="add-area" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <Field name="name" label="Name">
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormActions submit="Add" busy="Adding…" loading={loading} />
      </Form>
    </section>
  );
}

function AreaPanel({
  area,
  areas,
  reload,
  onDone,
  onClose,
}: {
  area: Area;
  areas: readonly Area[];
  reload: () => Promise<unknown>;
  onDone: (m: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(area.name);
  const rename = useVersionedMutation(UPDATE_SERVICE_AREA, {
    record: area,
    reload,
    fields: ['name'],
  });
  const retire = useVersionedMutation(UPDATE_SERVICE_AREA, { record: area, reload, fields: [] });
  const finish = async (message: string) => {
    await reload();
    onDone(message);
  };
  return (
    <section className="panel" aria-labelledby="area-heading">
      <h2 id="area-heading">{area.name}</h2>
      <Form
        id="area-rename"
        state={rename}
        level={3}
        label="Rename"
        onSubmit={onSubmitted(async () => {
          const problem = serviceAreaNameProblem(name, areas, area.id);
          if (rename.check(problem ? { name: problem } : {})) return;
          if (await rename.run({ changes: { version: area.version, name: name.trim() } }))
            await finish(`Renamed to ${name.trim()}: its complaints show the new name.`);
        })}
      >
        <Field name="name" label="Name">
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormActions submit="Rename" loading={rename.loading} onCancel={onClose} />
      </Form>
      <Form
        id="area-retire"
        state={retire}
        level={3}
        label={area.active ? 'Retire' : 'Reactivate'}
        onSubmit={onSubmitted(async () => {
          if (await retire.run({ changes: { version: area.version, active: !area.active } }))
            await finish(
              area.active
                ? `${area.name} is retired: it stays on its complaints and in the figures, but is not offered for new complaints.`
                : `${area.name} is offered for new complaints again.`,
            );
        })}
      >
        <p>
          {area.active
            ? 'A retired area stays on its complaints and in the figures, but is not offered for new complaints.'
            : 'This area is retired.'}
        </p>
        <FormActions
          submit={area.active ? 'Retire' : 'Reactivate'}
          loading={retire.loading}
          primary={false}
        />
      </Form>
    </section>
  );
}

/** The service areas complaints are recorded against, for the administrator (docs/procedure.md, Service areas). */
export default function ServiceAreasPage() {
  usePageTitle('Service areas');
  const query = useQuery<ServiceAreasAdminQuery>(SERVICE_AREAS_ADMIN);
  const areas = query.data?.serviceAreas ?? [];
  return (
    <NamedListPage
      title="Service areas"
      intro="Every complaint is recorded against a service area; the figures break down by them. Service areas are never deleted: retire one that is no longer used."
      nameHeader="Name"
      query={{
        loading: query.loading && !query.data,
        error: query.error,
        retry: () => void query.refetch(),
      }}
      add={(onAdded) => <AddArea areas={areas} onAdded={onAdded} />}
      panel={(id, onDone, onClose) => {
        const selected = areas.find((x) => x.id === id);
        return selected ? (
          <AreaPanel
            key={`${selected.id}-${selected.version}`}
            area={selected}
            areas={areas}
            reload={() => query.refetch()}
            onDone={onDone}
            onClose={onClose}
          />
        ) : null;
      }}
      rows={areas.map((area) => ({
        id: area.id,
        name: area.name,
        status: area.active ? 'Offered' : 'Retired',
        changeLabel: area.name,
      }))}
    />
  );
}
