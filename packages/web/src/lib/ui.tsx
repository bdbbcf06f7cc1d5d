import { useEffect, useId, useRef, type ReactNode } from 'react';
import { loadErrorMessage } from './errors';
import { humanise } from './format';
import { pagerSummary } from './pager';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p role="status" className="loading">
      {what}…
    </p>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="error-box">
      <p>{loadErrorMessage(error)}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Shows the loading, error or empty state, else the content. */
export function QueryState({
  loading,
  error,
  empty,
  emptyText,
  retry,
  children,
  what,
}: {
  loading: boolean;
  error: unknown;
  empty?: boolean;
  emptyText?: ReactNode;
  retry?: () => void;
  children: ReactNode;
  what?: string;
}) {
  if (error) return <LoadError error={error} retry={retry} />;
  if (loading) return <Loading what={what} />;
  if (empty) return <Empty>{emptyText ?? 'Nothing to show.'}</Empty>;
  return <>{children}</>;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export function Tag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}

const DEADLINE: Record<string, { label: string; tone: Tone }> = {
  on_track: { label: 'On time', tone: 'good' },
  due_soon: { label: 'Due soon', tone: 'warn' },
  overdue: { label: 'Overdue', tone: 'bad' },
  closed_on_time: { label: 'Closed on time', tone: 'neutral' },
  closed_late: { label: 'Closed late', tone: 'neutral' },
  done_on_time: { label: 'Done on time', tone: 'neutral' },
  done_late: { label: 'Done late', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

/** On time / due soon / overdue, as computed by @chp/domain (through the API). */
export function DeadlineTag({ status }: { status: string | null | undefined }) {
  if (!status) return <Tag tone="neutral">Transferred</Tag>;
  const found = DEADLINE[status] ?? { label: humanise(status), tone: 'neutral' as Tone };
  return <Tag tone={found.tone}>{found.label}</Tag>;
}

export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
  qualifier = '',
  more,
}: {
  page: number;
  pageSize: number;
  /** The total, or an estimate or lower bound of it (see qualifier). */
  total: number;
  onPage: (page: number) => void;
  label: string;
  /** '' for an exact total, 'about ' or 'more than ' (domain `totalQualifier`). */
  qualifier?: string;
  /** Whether a next page exists, when the total is an estimate (a full page: maybe). */
  more?: boolean;
}) {
  if (total === 0) return null;
  const { text, hasNext } = pagerSummary({ page, pageSize, total, qualifier, more });
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span aria-live="polite">{text}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={!hasNext}>
        Next
      </button>
    </nav>
  );
}

/**
 * The box a wide table scrolls in on a narrow screen; focusable and named, so keyboard users
 * can scroll it too (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** A plain table with a caption: the numbers beside every chart. */
export function DataTable({
  caption,
  head,
  rows,
  className,
}: {
  caption: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
  className?: string;
}) {
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A labelled drop-down for filters: options as [value, text]. */
export function Select({
  label,
  value,
  onChange,
  options,
  id,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  id?: string;
}) {
  const own = useId();
  const selectId = id ?? own;
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What a step just did, announced and focused so keyboard and screen-reader users land on it. */
export function SuccessMessage({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p className="success" role="status" tabIndex={-1} ref={ref}>
      {message}
    </p>
  );
}
