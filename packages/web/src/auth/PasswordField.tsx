import type { ReactNode } from 'react';
import { Field } from '../lib/forms';

/** A labelled password input of the form around it (signing in, or choosing a new password). */
export function PasswordField({
  name,
  label,
  hint,
  autoComplete,
  value,
  onChange,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(p) => (
        <input
          {...p}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
