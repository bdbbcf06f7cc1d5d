import { useState } from 'react';
import type { RootCausesAdminQuery } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, Select, useVersionedMutation } from '../lib/forms';
import { MERGE_ROOT_CAUSES, UPDATE_ROOT_CAUSE } from './root-causes.queries';
import { causePath, moveChoices, survivorChoices } from './root-causes.tree';

export type Cause = RootCausesAdminQuery['rootCauses'][number];
const TOP_LEVEL = '__top';

/**
 * One root cause, for the administrator: rename, move, merge into another, retire or reactivate
 * (docs/procedure.md, Root causes). The choices offered follow @chp/domain's rules; the API checks
 * them again.
 */
export function CausePanel({
  cause,
  causes,
  reload,
  onDone,
  onClose,
}: {
  cause: Cause;
  causes: readonly Cause[];
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const path = causePath(causes, cause.id);
  const [name, setName] = useState(cause.name);
  const moves = moveChoices(causes, cause.id);
  const [parent, setParent] = useState('');
  const survivors = survivorChoices(causes, cause.id);
  const [survivor, setSurvivor] = useState('');
  const options = { record: cause, reload };
  const rename = useVersionedMutation(UPDATE_ROOT_CAUSE, { ...options, fields: ['name'] });
  const move = useVersionedMutation(UPDATE_ROOT_CAUSE, { ...options, fields: ['parentId'] });
  const merge = useVersionedMutation(MERGE_ROOT_CAUSES, { ...options, fields: ['survivorId'] });
  const retire = useVersionedMutation(UPDATE_ROOT_CAUSE, { ...options, fields: [] });

  const finish = async (message: string) => {
    await reload();
    onDone(message);
  };

  if (cause.mergedIntoId) {
    return (
      <section className="panel" aria-labelledby="cause-heading">
        <h2 id="cause-heading">{path}</h2>
        <p>
          Merged into {causePath(causes, cause.mergedIntoId)}. It stays, retired, so the history of
          its complaints still names it; they now count under the cause it was merged into.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="cause-heading">
      <h2 id="cause-heading">{path}</h2>
      <Form
        id="cause-rename"
        state={rename}
        level={3}
        label="Rename"
        onSubmit={onSubmitted(async () => {
          if (rename.check(name.trim() ? {} : { name: 'Enter a name.' })) return;
          if (await rename.run({ name: name.trim() })) await finish(`Renamed to ${name.trim()}.`);
        })}
      >
        <Field name="name" label="Name">
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormActions submit="Rename" loading={rename.loading} onCancel={onClose} />
      </Form>

      <Form
        id="cause-move"
        state={move}
        level={3}
        label="Move"
        onSubmit={onSubmitted(async () => {
          if (move.check(parent ? {} : { parentId: 'Choose where it goes.' })) return;
          const parentId = parent === TOP_LEVEL ? null : parent;
          if (await move.run({ parentId }))
            await finish(
              `Moved ${cause.name} ${parentId ? `under ${causePath(causes, parentId)}` : 'to the top level'}.`,
            );
        })}
      >
        <Select
          name="parentId"
          label="Move under"
          hint="At most three levels: group, cause, sub-cause."
          value={parent}
          onChange={setParent}
          placeholder="Choose"
          options={[
            ...(cause.parentId ? [[TOP_LEVEL, 'The top level (a group)'] as const] : []),
            ...moves,
          ]}
        />
        <FormActions submit="Move" loading={move.loading} primary={false} />
      </Form>

      <Form
        id="cause-merge"
        state={merge}
        level={3}
        label="Merge"
        onSubmit={onSubmitted(async () => {
          if (merge.check(survivor ? {} : { survivorId: 'Choose the cause to merge it into.' }))
            return;
          if (await merge.run({ survivorId: survivor }))
            await finish(
              `Merged ${cause.name} into ${causePath(causes, survivor)}: its complaints and actions now count there, and it stays, retired, for history.`,
            );
        })}
      >
        <Select
          name="survivorId"
          label="Merge into"
          hint="Every complaint and action with this cause moves to the one you choose; this cause stays, retired, so history still names it. This cannot be undone."
          value={survivor}
          onChange={setSurvivor}
          placeholder="Choose"
          options={survivors}
        />
        <FormActions submit="Merge" busy="Merging…" loading={merge.loading} primary={false} />
      </Form>

      <Form
        id="cause-retire"
        state={retire}
        level={3}
        label={cause.active ? 'Retire' : 'Reactivate'}
        onSubmit={onSubmitted(async () => {
          if (await retire.run({ active: !cause.active }))
            await finish(
              cause.active
                ? `${cause.name} is retired: it stays on its complaints but is no longer offered.`
                : `${cause.name} is offered again.`,
            );
        })}
      >
        <p>
          {cause.active
            ? 'A retired cause stays on the complaints and actions that have it, and in the figures, but is no longer offered.'
            : 'This cause is retired.'}
        </p>
        <FormActions
          submit={cause.active ? 'Retire' : 'Reactivate'}
          loading={retire.loading}
          primary={false}
        />
      </Form>
    </section>
  );
}
