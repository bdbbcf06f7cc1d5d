export { messageFor } from './messages';
export {
  failureKind,
  fieldId,
  NO_ERRORS,
  problemsToErrors,
  summaryEntries,
  type FailureKind,
  type SummaryEntry,
} from './problems';
export { useFormErrors, type FormErrorState } from './use-form-errors';
export {
  useVersionedMutation,
  type Failure,
  type VersionedMutation,
  type VersionedMutationOptions,
  type VersionedRecord,
} from './use-versioned-mutation';
export { ErrorSummary, focusField } from './ErrorSummary';
export { Form, FormActions, StepForm, onSubmitted, type FormState } from './Form';
export { Field, FieldGroup, Select, TextArea, type ControlProps } from './fields';
export { FormContext, useFieldState } from './context';
