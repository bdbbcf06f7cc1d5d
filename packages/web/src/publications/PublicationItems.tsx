import { useState } from 'react';
import { Link } from '../lib/router';
import { ItemForm } from './ItemForm';
import type { ItemDraft } from './item-from-candidate';
import { ADD_ITEM, REMOVE_ITEM, UPDATE_ITEM } from './queries';
import type { PublicationDetail } from './types';
import { usePublicationMutation } from './use-publication-mutation';

const FIELDS = ['youSaid', 'weDid', 'actionIds'];

/** An item started from a suggested action; `key` starts the add form afresh with it. */
export interface Suggestion {
  key: number;
  item: ItemDraft;
  /** The linked actions' titles. */
  titles: string[];
}

/** The "you said / we did" items: read, changed, removed, and added (from a suggestion or from scratch). */
export function PublicationItems({
  publication,
  editable,
  suggestion,
  onSuggestionUsed,
  reload,
  onChanged,
}: {
  publication: PublicationDetail;
  editable: boolean;
  /** A draft item from a suggested action, to start the add form with. */
  suggestion: Suggestion | null;
  onSuggestionUsed: () => void;
  reload: () => Promise<unknown>;
  onChanged: (message: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const add = usePublicationMutation(ADD_ITEM, publication, FIELDS, reload);
  const update = usePublicationMutation(UPDATE_ITEM, publication, FIELDS, reload);
  const remove = usePublicationMutation(REMOVE_ITEM, publication, FIELDS, reload);

  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">You said, we did</h2>
      {remove.errors.form ? (
        <p role="alert" className="error-box">
          {remove.errors.form}
        </p>
      ) : null}
      {publication.items.length === 0 ? (
        <p className="empty">
          No items yet.{editable ? ' Add one from a suggested action, or write one below.' : ''}
        </p>
      ) : (
        <ol className="publication-items">
          {publication.items.map((item) => (
            <li key={item.id}>
              <h3>Item {item.position}</h3>
              {editing === item.id ? (
                <ItemForm
                  id={`item-${item.position}`}
                  level={4}
                  heading={`Change item ${item.position}`}
                  initial={{
                    youSaid: item.youSaid,
                    weDid: item.weDid,
                    actionIds: item.actions.map((a) => a.id),
                  }}
                  actionTitles={item.actions.map((a) => a.title)}
                  submitLabel="Save the item"
                  state={update}
                  busy={update.loading}
                  focusOnOpen
                  onCancel={() => setEditing(null)}
                  onSubmit={async (v) => {
                    const ok = await update.run({
                      itemId: item.id,
                      youSaid: v.youSaid,
                      weDid: v.weDid,
                    });
                    if (ok) {
                      setEditing(null);
                      onChanged(`Item ${item.position} saved.`);
                    }
                    return ok;
                  }}
                />
              ) : (
                <>
                  <dl className="facts">
                    <dt>You said</dt>
                    <dd className="pre">{item.youSaid}</dd>
                    <dt>We did</dt>
                    <dd className="pre">{item.weDid}</dd>
                    <dt>Service</dt>
                    <dd>
                      {item.serviceAreas.length
                        ? item.serviceAreas.map((s) => s.name).join(', ')
                        : '—'}
                    </dd>
                    <dt>Actions</dt>
                    <dd>
                      {item.actions.length
                        ? item.actions.map((a, i) => (
                            <span key={a.id}>
                              {i ? '; ' : ''}
                              <Link to={`/actions/${a.id}`}>{a.title}</Link>
                            </span>
                          ))
                        : 'None linked'}
                    </dd>
                  </dl>
                  {editable ? (
                    <div className="actions-row no-print">
                      <button
                        type="button"
                        onClick={() => setEditing(item.id)}
                        aria-label={`Change item ${item.position}`}
                      >
                        Change
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove item ${item.position}`}
                        disabled={remove.loading}
                        onClick={async () => {
                          if (await remove.run({ itemId: item.id }))
                            onChanged(`Item ${item.position} removed.`);
                        }}
                      >
                        Remove
                      </button>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <div className="panel no-print">
          <h3 id="add-item-heading">Add an item</h3>
          <ItemForm
            key={suggestion?.key ?? 0}
            id="item-add"
            level={4}
            heading="Add an item"
            initial={suggestion?.item ?? { youSaid: '', weDid: '', actionIds: [] }}
            actionTitles={suggestion?.titles ?? []}
            submitLabel="Add the item"
            state={add}
            busy={add.loading}
            focusOnOpen={!!suggestion}
            onSubmit={async (v) => {
              const ok = await add.run({
                youSaid: v.youSaid,
                weDid: v.weDid,
                actionIds: v.actionIds,
              });
              if (ok) {
                onSuggestionUsed();
                onChanged('Item added.');
              }
              return ok;
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
