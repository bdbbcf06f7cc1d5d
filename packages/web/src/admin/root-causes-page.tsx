import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CreateRootCauseMutation,
  CreateRootCauseMutationVariables,
  RootCausesAdminQuery,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { NamedListPage } from './named-list-page';
import { CausePanel, type Cause } from './root-causes-panel';
import { CREATE_ROOT_CAUSE, ROOT_CAUSES_ADMIN } from './root-causes.queries';
import { causePath, causeRows, parentChoices } from './root-causes.tree';

function status(cause: Cause, causes: readonly Cause[]): string {
  if (cause.mergedIntoId) return `Merged into ${causePath(causes, cause.mergedIntoId)}`;
  return cause.active ? 'Active' : 'Retired';
}

function AddCause({ causes, onAdded }: { causes: readonly Cause[]; onAdded: (m: string) => void }) {
  const [create, { loading }] = useMutation<
    CreateRootCauseMutation,
    CreateRootCauseMutationVariables
  >(CREATE_ROOT_CAUSE, { refetchQueries: ['RootCausesAdmin'], awaitRefetchQueries: true });
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const form = useFormErrors();

  async function submit() {
    if (form.check(name.trim() ? {} : { name: 'Enter a name.' })) return;
    form.clear();
    try {
      await create({ variables: { name: name.trim(), parentId: parentId || null } });
      onAdded(`Added ${name.trim()}.`);
      setName('');
    } catch (error) {
      form.failFrom(error, ['name', 'parentId']);
    }
  }

  return (
    <section className="panel" aria-labelledby="add-cause-heading">
      <h2 id="add-cause-heading">Add a root cause</h2>
      <Form id="add-cause" state={form} onSubmit={onSubmitted(submit)} level={3}>
        <div className="form-grid">
          <Field name="name" label="Name">
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Select
            name="parentId"
            label="Under"
            value={parentId}
            onChange={setParentId}
            placeholder="Nothing: a new group"
            options={parentChoices(causes)}
          />
        </div>
        <FormActions submit="Add" busy="Adding…" loading={loading} />
      </Form>
    </section>
  );
}

/** The root-cause taxonomy, for the administrator (docs/procedure.md, Root causes). */
export default function RootCausesPage() {
  usePageTitle('Root causes');
  const query = useQuery<RootCausesAdminQuery>(ROOT_CAUSES_ADMIN);
  const causes = query.data?.rootCauses ?? [];

  return (
    <NamedListPage
      title="Root causes"
      intro="The causes handlers record on complaints and actions, in up to three levels (group, cause, sub-cause). Root causes are never deleted: retire one that is no longer used, or merge two that mean the same."
      nameHeader="Cause"
      query={{
        loading: query.loading && !query.data,
        error: query.error,
        retry: () => void query.refetch(),
      }}
      add={(onAdded) => <AddCause causes={causes} onAdded={onAdded} />}
      panel={(id, onDone, onClose) => {
        const selected = causes.find((x) => x.id === id);
        return selected ? (
          <CausePanel
            key={`${selected.id}-${selected.version}`}
            cause={selected}
            causes={causes}
            reload={() => query.refetch()}
            onDone={onDone}
            onClose={onClose}
          />
        ) : null;
      }}
      rows={causeRows(causes).map(({ cause, level }) => ({
        id: cause.id,
        name: (
          <>
            {level > 1 ? <span aria-hidden="true">{'› '.repeat(level - 1)}</span> : null}
            {cause.name}
          </>
        ),
        indent: level - 0.5,
        status: status(cause, causes),
        changeLabel: causePath(causes, cause.id),
      }))}
    />
  );
}
