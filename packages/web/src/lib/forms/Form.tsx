import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../errors';
import { FormContext } from './context';
import { ErrorSummary } from './ErrorSummary';

/** What a form needs of its error state (`useFormErrors` or `useVersionedMutation`). */
export interface FormState {
  errors: FormErrors;
  attempt: number;
}

/**
 * A form with the error summary at its top. Fields inside take their ids (`${id}-${name}`) and
 * errors from it.
 */
export function Form({
  id,
  state,
  onSubmit,
  children,
  className,
  label,
  level,
}: {
  id: string;
  level?: 2 | 3 | 4;
  state: FormState;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  return (
    <form id={id} onSubmit={onSubmit} noValidate className={className} aria-label={label}>
      <FormContext.Provider value={{ id, errors: state.errors }}>
        <ErrorSummary formId={id} errors={state.errors} attempt={state.attempt} level={level} />
        {children}
      </FormContext.Provider>
    </form>
  );
}

/** Submit (showing "Saving…" while it runs) and, when given, Cancel. */
export function FormActions({
  submit,
  loading = false,
  onCancel,
  primary = true,
  busy = 'Saving…',
  children,
}: {
  submit: string;
  /** The submit button's text while it runs. */
  busy?: string;
  loading?: boolean;
  onCancel?: () => void;
  primary?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="actions-row">
      <button type="submit" className={primary ? 'primary' : undefined} disabled={loading}>
        {loading ? busy : submit}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {children}
    </div>
  );
}

/** A step's form in its panel: heading, error summary, fields, submit and cancel. */
export function StepForm({
  id,
  title,
  state,
  onSubmit,
  submit,
  loading,
  onCancel,
  intro,
  children,
}: {
  id: string;
  title: string;
  state: FormState;
  onSubmit: (event: FormEvent) => void;
  submit: string;
  loading: boolean;
  onCancel: () => void;
  /** Text under the heading, before the form. */
  intro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="panel step-form" aria-label={title}>
      <h3>{title}</h3>
      {intro}
      <Form id={id} state={state} onSubmit={onSubmit} level={4}>
        {children}
        <FormActions submit={submit} loading={loading} onCancel={onCancel} />
      </Form>
    </section>
  );
}

/** Prevents the browser's submit and runs the handler. */
export const onSubmitted =
  (handler: () => unknown) =>
  (event: FormEvent): void => {
    event.preventDefault();
    void handler();
  };
