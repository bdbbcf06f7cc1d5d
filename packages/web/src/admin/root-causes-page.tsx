import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CreateRootCauseMutation,
  CreateRootCauseMutationVariables,
  RootCausesAdminQuery,
} from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { QueryState, SuccessMessage, TableWrap } from '../lib/ui';
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
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const causes = query.data?.rootCauses ?? [];
  const selected = causes.find((c) => c.id === selectedId) ?? null;

  return (
    <>
      <h1>Root causes</h1>
      <p>
        The causes handlers record on complaints and actions, in up to three levels (group, cause,
        sub-cause). Root causes are never deleted: retire one that is no longer used, or merge two
        that mean the same.
      </p>
      <SuccessMessage message={done} />
      <QueryState
        loading={query.loading && !query.data}
        error={query.error}
        retry={() => void query.refetch()}
        what="Loading the root causes"
      >
        <AddCause causes={causes} onAdded={setDone} />
        {selected ? (
          <CausePanel
            key={`${selected.id}-${selected.version}`}
            cause={selected}
            causes={causes}
            reload={() => query.refetch()}
            onDone={(message) => {
              setDone(message);
              setSelectedId(null);
            }}
            onClose={() => setSelectedId(null)}
          />
        ) : null}
        <TableWrap label="Root causes">
          <table>
            <caption>Root causes ({causes.length})</caption>
            <thead>
              <tr>
                <th scope="col">Cause</th>
                <th scope="col">Status</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {causeRows(causes).map(({ cause, level }) => (
                <tr key={cause.id}>
                  <th scope="row" style={{ paddingLeft: `${level - 0.5}rem` }}>
                    {level > 1 ? <span aria-hidden="true">{'› '.repeat(level - 1)}</span> : null}
                    {cause.name}
                  </th>
                  <td>{status(cause, causes)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setSelectedId(cause.id);
                        setDone(null);
                      }}
                    >
                      Change<span className="visually-hidden"> {causePath(causes, cause.id)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </QueryState>
    </>
  );
}
