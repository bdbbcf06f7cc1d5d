import { createContext, useContext } from 'react';
import type { FormErrors } from '../errors';
import { fieldId, NO_ERRORS } from './problems';

export interface FormContextValue {
  id: string;
  errors: FormErrors;
}

export const FormContext = createContext<FormContextValue>({ id: 'form', errors: NO_ERRORS });

/** The id and error of a field of the form around it. */
export function useFieldState(name: string, error?: string | null) {
  const form = useContext(FormContext);
  return {
    id: fieldId(form.id, name),
    error: error === undefined ? (form.errors.fields[name] ?? null) : error,
  };
}
