import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A confirmation step for a step that cannot be taken back quietly (publish, withdraw): the
 * question as a heading that takes the focus when it opens (so a screen reader reads it next),
 * what will happen, then "Yes, …" and Cancel.
 */
export function ConfirmStep({
  id,
  question,
  children,
  confirm,
  busy,
  loading = false,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  children: ReactNode;
  confirm: string;
  busy?: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="panel confirm-step"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-what`}
    >
      <h3 id={`${id}-question`} tabIndex={-1} ref={heading}>
        {question}
      </h3>
      <div id={`${id}-what`}>{children}</div>
      <div className="actions-row">
        <button type="button" className="primary" disabled={loading} onClick={onConfirm}>
          {loading ? (busy ?? `${confirm}…`) : confirm}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
