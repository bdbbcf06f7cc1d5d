import { useState, type ReactNode } from 'react';
import { QueryState, SuccessMessage, TableWrap } from '../lib/ui';

/** One row of an administrator's list: its name cell, its status and its "Change" button's label. */
export interface NamedListRow {
  id: string;
  name: ReactNode;
  /** Indentation of the name, in rem (a sub-cause under its cause). */
  indent?: number;
  status: string;
  /** Who the row is, for a screen reader's "Change …" (the name, or a cause's whole path). */
  changeLabel: string;
}

/**
 * The shape of the administrator's lists that are never deleted from (service areas, root
 * causes): a heading and what the list is, the last change's confirmation, a form to add one,
 * the panel of the row being changed, and the table with a "Change" button per row.
 */
export function NamedListPage(props: {
  title: string;
  intro: ReactNode;
  nameHeader: string;
  query: { loading: boolean; error: unknown; retry: () => void };
  /** The form to add one; `onAdded` shows its confirmation. */
  add: (onAdded: (message: string) => void) => ReactNode;
  /** The panel of the row being changed (null when it is gone); `onDone` closes it with a confirmation. */
  panel: (id: string, onDone: (message: string) => void, onClose: () => void) => ReactNode;
  rows: readonly NamedListRow[];
}) {
  const { title, rows } = props;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <h1>{title}</h1>
      <p>{props.intro}</p>
      <SuccessMessage message={done} />
      <QueryState
        loading={props.query.loading}
        error={props.query.error}
        retry={props.query.retry}
        what={`Loading the ${title.toLowerCase()}`}
      >
        {props.add(setDone)}
        {selectedId
          ? props.panel(
              selectedId,
              (message) => {
                setDone(message);
                setSelectedId(null);
              },
              () => setSelectedId(null),
            )
          : null}
        <TableWrap label={title}>
          <table>
            <caption>
              {title} ({rows.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{props.nameHeader}</th>
                <th scope="col">Status</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th
                    scope="row"
                    style={row.indent ? { paddingLeft: `${row.indent}rem` } : undefined}
                  >
                    {row.name}
                  </th>
                  <td>{row.status}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setSelectedId(row.id);
                        setDone(null);
                      }}
                    >
                      Change<span className="visually-hidden"> {row.changeLabel}</span>
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
