import type { ReactNode } from 'react';
import { useFieldState } from './context';

export interface ControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p className="error-message" id={`${id}-error`} data-field-error="">
      {error}
    </p>
  ) : null;
}

/**
 * A labelled field of the form around it: its id is the form's id and `name`, its error (the
 * form's, unless `error` is given) is shown next to it and tied with aria-describedby.
 */
export function Field({
  name,
  label,
  hint,
  error: given,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: (props: ControlProps) => ReactNode;
}) {
  const { id, error } = useFieldState(name, given);
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children({
        id,
        name,
        'aria-describedby': describedBy(id, hint, error),
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

/** A labelled drop-down in a form: options as [value, text], with an optional empty choice. */
export function Select({
  name,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
}: {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled multi-line text box in a form (a note, a reason, a summary). */
export function TextArea({
  name,
  label,
  value,
  onChange,
  rows = 2,
  hint,
  error,
}: {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(p) => (
        <textarea {...p} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/**
 * A group of controls with one error (radios, checkboxes, a list of inputs): a fieldset when it
 * has a legend, else a div. The summary's link focuses its first control.
 */
export function FieldGroup({
  name,
  legend,
  hint,
  error: given,
  className = 'field',
  children,
}: {
  name: string;
  legend?: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: ReactNode;
}) {
  const { id, error } = useFieldState(name, given);
  const classes = error ? `${className} field-error` : className;
  const inner = (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </>
  );
  return legend ? (
    <fieldset id={id} className={classes} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {inner}
    </fieldset>
  ) : (
    <div id={id} className={classes} role="group" aria-describedby={describedBy(id, hint, error)}>
      {inner}
    </div>
  );
}
