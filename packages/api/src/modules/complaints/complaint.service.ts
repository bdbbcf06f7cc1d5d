/**
 * The complaint service: every step the resolvers call, each from the file that holds it.
 * Each step runs inside `mutate` (one transaction, audited) and goes through the journey store.
 */
export { recordAndReturn, recordComplaint } from './intake.service';
export {
  acknowledgeComplaint,
  addComplaintNote,
  agreePointsOfComplaint,
  assignComplaintHandler,
  escalateComplaint,
  extendComplaint,
  recordContactUpdate,
  recordPostClosureContact,
  recordSpsoDecision,
  setComplaintRootCauses,
  signOffResponse,
} from './lifecycle.service';
export { closeComplaint } from './closure.service';
export { recordOtherOutcome } from './other-outcome.service';
export { correctComplaint, voidComplaintStep } from './corrections.service';
export { refreshProjections } from './projection-refresh';
