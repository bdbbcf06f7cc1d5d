import type { ReactNode } from 'react';
import type { ComplaintStep } from '../steps';
import { AcknowledgeForm } from './AcknowledgeForm';
import { AgreePointsForm } from './AgreePointsForm';
import { AssignForm } from './AssignForm';
import { CloseForm } from './CloseForm';
import { EscalateForm } from './EscalateForm';
import { ExtendForm } from './ExtendForm';
import { ContactUpdateForm, NoteForm } from './NoteForms';
import { OtherOutcomeForm } from './OtherOutcomeForm';
import { PostClosureContactForm } from './PostClosureContactForm';
import { RootCausesForm } from './RootCausesForm';
import type { StepFormProps } from './shared';
import { SignOffForm } from './SignOffForm';
import { SpsoDecisionForm } from './SpsoDecisionForm';

export type { StepFormProps } from './shared';

export const STEP_FORMS: Record<ComplaintStep, (props: StepFormProps) => ReactNode> = {
  acknowledge: AcknowledgeForm,
  agreePoints: AgreePointsForm,
  extend: ExtendForm,
  contactUpdate: ContactUpdateForm,
  signOff: SignOffForm,
  close: CloseForm,
  otherOutcome: OtherOutcomeForm,
  escalate: EscalateForm,
  spsoDecision: SpsoDecisionForm,
  postClosureContact: PostClosureContactForm,
  assign: AssignForm,
  rootCauses: RootCausesForm,
  note: NoteForm,
};
