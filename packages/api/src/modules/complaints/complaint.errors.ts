import type { RuleMessageContext } from '@chp/domain';
import type { GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, ruleText } from '../../core/errors';

/**
 * Every rule the complaints module raises, by code, and how it reaches a GraphQL client: CONFLICT
 * (with `rule`), BAD_USER_INPUT (with `field` and `rule`) or FORBIDDEN. The message is the
 * domain's for the rule sent (ruleText: @chp/domain's ruleMessage), the raiser adding only its
 * specifics (`detail`: dates, names); a FORBIDDEN gives the raiser's message; the switch is exhaustive, so a new code does not compile until it is mapped here.
 */
export type ComplaintRule =
  | 'ALREADY_CLOSED'
  | 'ALREADY_ENDED'
  | 'DUPLICATE_OF_ID_SAME_ORGANISATION'
  | 'AT_NOT_BEFORE_RECEIPT'
  | 'AWARE_ON_ALREADY_RECORDED'
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
  | 'PERSON_ID_NAMED_STAFF'
  | 'PERSON_ID_NOT_NAMED_STAFF'
  | 'NOT_AT_STAGE_2'
  | 'NOT_CLOSED'
  | 'NOT_CLOSED_AT_STAGE_2'
  | 'NOT_IN_FUTURE'
  | 'RECEIVED_AT_NOT_BEFORE_EARLIEST_RECORD'
  | 'OUTCOME_CONTRADICTS_FINDINGS'
  | 'ROLE_MAY_NOT'
  | 'SAME_ORGANISATION'
  | 'SERVICE_AREA_ID_ACTIVE_SERVICE_AREA';

export function complaintError(
  rule: ComplaintRule,
  detail?: string,
  field?: string,
  ctx: RuleMessageContext = {},
): GraphQLError {
  switch (rule) {
    case 'AT_NOT_BEFORE_RECEIPT':
      return badInput(
        field ?? 'at',
        'notBeforeReceipt',
        ruleText('notBeforeReceipt', detail, { field: field ?? 'at', ...ctx }),
      );
    case 'AWARE_ON_ALREADY_RECORDED':
      return badInput(
        'awareOn',
        'alreadyRecorded',
        ruleText('alreadyRecorded', detail, { field: 'awareOn', ...ctx }),
      );
    case 'AWARE_ON_NOT_AFTER_RECEIPT':
      return badInput(
        'awareOn',
        'notAfterReceipt',
        ruleText('notAfterReceipt', detail, { field: 'awareOn', ...ctx }),
      );
    case 'DECIDED_ON_NOT_BEFORE_CLOSURE':
      return badInput(
        'decidedOn',
        'notBeforeClosure',
        ruleText('notBeforeClosure', detail, { field: 'decidedOn', ...ctx }),
      );
    case 'DECIDED_ON_NOT_IN_FUTURE':
      return badInput(
        'decidedOn',
        'notInFuture',
        ruleText('notInFuture', detail, { field: 'decidedOn', ...ctx }),
      );
    case 'ESCALATION_OUT_OF_TIME':
      return badInput(
        'exceptionalCircumstances',
        'ESCALATION_OUT_OF_TIME',
        ruleText('ESCALATION_OUT_OF_TIME', detail, { field: 'exceptionalCircumstances', ...ctx }),
      );
    case 'FINDINGS_AGREED_POINT':
      return badInput(
        'findings',
        'agreedPoint',
        ruleText('agreedPoint', detail, { field: 'findings', ...ctx }),
      );
    case 'FINDINGS_EVERY_POINT':
      return badInput(
        'findings',
        'everyPoint',
        ruleText('everyPoint', detail, { field: 'findings', ...ctx }),
      );
    case 'FINDINGS_ONE_PER_POINT':
      return badInput(
        'findings',
        'onePerPoint',
        ruleText('onePerPoint', detail, { field: 'findings', ...ctx }),
      );
    case 'HANDLER_ID_HANDLES_COMPLAINTS':
      return badInput(
        'handlerId',
        'handlesComplaints',
        ruleText('handlesComplaints', detail, { field: 'handlerId', ...ctx }),
      );
    case 'HANDLER_ID_SAME_ORGANISATION':
      return badInput(
        'handlerId',
        'sameOrganisation',
        ruleText('sameOrganisation', detail, { field: 'handlerId', ...ctx }),
      );
    case 'NAMED_STAFF_IDS_SAME_ORGANISATION':
      return badInput(
        'namedStaffIds',
        'sameOrganisation',
        ruleText('sameOrganisation', detail, { field: 'namedStaffIds', ...ctx }),
      );
    case 'PERSON_ID_NAMED_STAFF':
      return badInput(
        'personId',
        'ALREADY_NAMED',
        ruleText('ALREADY_NAMED', detail, { field: 'personId', ...ctx }),
      );
    case 'PERSON_ID_NOT_NAMED_STAFF':
      return badInput(
        'personId',
        'NOT_NAMED',
        ruleText('NOT_NAMED', detail, { field: 'personId', ...ctx }),
      );
    case 'NOT_IN_FUTURE':
      return badInput(
        field ?? '',
        'notInFuture',
        ruleText('notInFuture', detail, { field: field ?? '', ...ctx }),
      );
    case 'OUTCOME_CONTRADICTS_FINDINGS':
      return badInput(
        'outcome',
        'OUTCOME_CONTRADICTS_FINDINGS',
        ruleText('OUTCOME_CONTRADICTS_FINDINGS', detail, { field: 'outcome', ...ctx }),
      );
    case 'RECEIVED_AT_NOT_BEFORE_EARLIEST_RECORD':
      return badInput(
        'receivedAt',
        'notBeforeEarliestRecord',
        ruleText('notBeforeEarliestRecord', detail, { field: 'receivedAt', ...ctx }),
      );
    case 'SAME_ORGANISATION':
      return badInput(
        field ?? '',
        'sameOrganisation',
        ruleText('sameOrganisation', detail, { field: field ?? '', ...ctx }),
      );
    case 'SERVICE_AREA_ID_ACTIVE_SERVICE_AREA':
      return badInput(
        'serviceAreaId',
        'activeServiceArea',
        ruleText('activeServiceArea', detail, { field: 'serviceAreaId', ...ctx }),
      );
    case 'ALREADY_CLOSED':
      return conflict('ALREADY_CLOSED', ruleText('ALREADY_CLOSED', detail, ctx));
    case 'ALREADY_ENDED':
      return conflict('ALREADY_ENDED', ruleText('ALREADY_ENDED', detail, ctx));
    case 'DUPLICATE_OF_ID_SAME_ORGANISATION':
      return badInput(
        'duplicateOfId',
        'sameOrganisation',
        ruleText('sameOrganisation', detail, { field: 'duplicateOfId', ...ctx }),
      );
    case 'ESCALATE_INSTEAD':
      return conflict('ESCALATE_INSTEAD', ruleText('ESCALATE_INSTEAD', detail, ctx));
    case 'NOT_AT_STAGE_2':
      return conflict('NOT_AT_STAGE_2', ruleText('NOT_AT_STAGE_2', detail, ctx));
    case 'NOT_CLOSED':
      return conflict('NOT_CLOSED', ruleText('NOT_CLOSED', detail, ctx));
    case 'NOT_CLOSED_AT_STAGE_2':
      return conflict('NOT_CLOSED_AT_STAGE_2', ruleText('NOT_CLOSED_AT_STAGE_2', detail, ctx));
    case 'ROLE_MAY_NOT':
      return forbidden(detail);
  }
}
