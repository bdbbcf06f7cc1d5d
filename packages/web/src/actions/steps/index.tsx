import type { ActionStep } from '../types';
import { AssignForm } from './AssignForm';
import { AuthoriseForm } from './AuthoriseForm';
import { CancelForm } from './CancelForm';
import { CompleteForm } from './CompleteForm';
import { ProgressForm } from './ProgressForm';
import type { StepProps } from './shared';
import { SummaryForm } from './SummaryForm';
import { VerifyForm } from './VerifyForm';

export type { StepProps } from './shared';

export function StepFormFor({ step, ...props }: StepProps & { step: ActionStep }) {
  switch (step) {
    case 'authorise':
      return <AuthoriseForm {...props} />;
    case 'progress':
      return <ProgressForm {...props} />;
    case 'complete':
      return <CompleteForm {...props} />;
    case 'verify':
      return <VerifyForm {...props} />;
    case 'assign':
      return <AssignForm {...props} />;
    case 'editSummary':
      return <SummaryForm {...props} />;
    case 'cancel':
      return <CancelForm {...props} />;
  }
}
