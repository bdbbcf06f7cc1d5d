import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormErrors } from '../errors';
import { fieldId, summaryEntries } from './problems';

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/** Moves focus to a field by id: the control itself, or the first control in a group. */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  (control ?? target).focus();
  (control ?? target).scrollIntoView?.({ block: 'center' });
}

/**
 * GOV.UK style: "There is a problem", each error a link to its field. It takes focus after
 * every failed submission (`attempt` counts them).
 */
export function ErrorSummary({
  formId,
  errors,
  attempt,
  level = 2,
}: {
  formId: string;
  errors: FormErrors;
  attempt: number;
  /** The title's heading level: one below the heading the form sits under. */
  level?: 2 | 3 | 4;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = summaryEntries(errors, (field) => fieldId(formId, field));
  const shown = entries.length > 0;
  useEffect(() => {
    if (attempt > 0 && shown) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  const follow = (href: string) => (event: MouseEvent) => {
    event.preventDefault();
    focusField(href.slice(1));
  };
  const titleId = `${formId}-error-summary-title`;
  const Title = `h${level}` as const;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
      data-error-summary=""
    >
      <Title id={titleId} className="error-summary-title">
        There is a problem
      </Title>
      <ul className="error-summary-list">
        {entries.map((entry, i) => (
          <li key={i}>
            {entry.href ? (
              <a href={entry.href} onClick={follow(entry.href)}>
                {entry.message}
              </a>
            ) : (
              entry.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
