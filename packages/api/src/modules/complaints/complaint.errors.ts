import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden } from '../../core/errors';

/**
 * Every rule the complaints module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The raiser gives the
 * message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type ComplaintRule =
  | 'ALREADY_CLOSED'
  | 'AT_NOT_BEFORE_RECEIPT'
  | 'AWARE_ON_NOT_AFTER_RECEIPT'
  | 'DECIDED_ON_NOT_BEFORE_CLOSURE'
  | 'DECIDED_ON_NOT_IN_FUTURE'
  | 'ESCALATE_INSTEAD'
  | 'ESCALATION_OUT_OF_TIME'
  | 'FINDINGS_AGREED_POINT'
  | 'FINDINGS_EVERY_POINT'
  | 'FINDINGS_ONE_PER_POINT'
  | 'HANDLER_ID_HANDLES_COMPLAINTS'
  | 'HANDLER_ID_SAME_ORGANISATION'
  | 'NAMED_STAFF_IDS_SAME_ORGANISATION'
  | 'NOT_AT_STAGE_2'
  | 'NOT_CLOSED'
  | 'NOT_CLOSED_AT_STAGE_2'
  | 'NOT_IN_FUTURE'
  | 'OUTCOME_CONTRADICTS_FINDINGS'
  | 'ROLE_MAY_NOT'
  | 'SAME_ORGANISATION'
  | 'SERVICE_AREA_ID_ACTIVE_SERVICE_AREA';

export function complaintError(rule: ComplaintRule, message: string, field?: string): GraphQLError {
  switch (rule) {
    case 'AT_NOT_BEFORE_RECEIPT':
      return badInput('at', 'notBeforeReceipt', message);
    case 'AWARE_ON_NOT_AFTER_RECEIPT':
      return badInput('awareOn', 'notAfterReceipt', message);
    case 'DECIDED_ON_NOT_BEFORE_CLOSURE':
      return badInput('decidedOn', 'notBeforeClosure', message);
    case 'DECIDED_ON_NOT_IN_FUTURE':
      return badInput('decidedOn', 'notInFuture', message);
    case 'ESCALATION_OUT_OF_TIME':
      return badInput('exceptionalCircumstances', 'ESCALATION_OUT_OF_TIME', message);
    case 'FINDINGS_AGREED_POINT':
      return badInput('findings', 'agreedPoint', message);
    case 'FINDINGS_EVERY_POINT':
      return badInput('findings', 'everyPoint', message);
    case 'FINDINGS_ONE_PER_POINT':
      return badInput('findings', 'onePerPoint', message);
    case 'HANDLER_ID_HANDLES_COMPLAINTS':
      return badInput('handlerId', 'handlesComplaints', message);
    case 'HANDLER_ID_SAME_ORGANISATION':
      return badInput('handlerId', 'sameOrganisation', message);
    case 'NAMED_STAFF_IDS_SAME_ORGANISATION':
      return badInput('namedStaffIds', 'sameOrganisation', message);
    case 'NOT_IN_FUTURE':
      return badInput(field ?? '', 'notInFuture', message);
    case 'OUTCOME_CONTRADICTS_FINDINGS':
      return badInput('outcome', 'OUTCOME_CONTRADICTS_FINDINGS', message);
    case 'SAME_ORGANISATION':
      return badInput(field ?? '', 'sameOrganisation', message);
    case 'SERVICE_AREA_ID_ACTIVE_SERVICE_AREA':
      return badInput('serviceAreaId', 'activeServiceArea', message);
    case 'ALREADY_CLOSED':
      return conflict('ALREADY_CLOSED', message);
    case 'ESCALATE_INSTEAD':
      return conflict('ESCALATE_INSTEAD', message);
    case 'NOT_AT_STAGE_2':
      return conflict('NOT_AT_STAGE_2', message);
    case 'NOT_CLOSED':
      return conflict('NOT_CLOSED', message);
    case 'NOT_CLOSED_AT_STAGE_2':
      return conflict('NOT_CLOSED_AT_STAGE_2', message);
    case 'ROLE_MAY_NOT':
      return forbidden(message);
  }
}
