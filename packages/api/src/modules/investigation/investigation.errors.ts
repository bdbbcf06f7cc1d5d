import type { GraphQLError } from 'graphql';
import { badInput, conflict, ruleText } from '../../core/errors';

/**
 * Every rule the investigation module raises itself (the dates of meetings and alternative
 * resolution are @chp/domain's, through withDomainRules). The switch is exhaustive, so a new
 * code does not compile until it is mapped here.
 */
export type InvestigationRule =
  | 'NOT_AT_STAGE_2'
  | 'NOT_OPEN'
  | 'EVIDENCE_TYPE_NOT_ALLOWED'
  | 'EVIDENCE_TOO_LARGE'
  | 'EVIDENCE_EMPTY'
  | 'EVIDENCE_IN_REPORT';

export function investigationError(rule: InvestigationRule, detail?: string): GraphQLError {
  switch (rule) {
    case 'NOT_AT_STAGE_2':
    case 'NOT_OPEN':
    case 'EVIDENCE_IN_REPORT':
      return conflict(rule, ruleText(rule, detail));
    case 'EVIDENCE_TYPE_NOT_ALLOWED':
    case 'EVIDENCE_TOO_LARGE':
    case 'EVIDENCE_EMPTY':
      return badInput('content', rule, ruleText(rule, detail));
  }
}
