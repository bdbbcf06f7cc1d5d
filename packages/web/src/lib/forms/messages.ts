import { ruleMessage, type RuleMessageContext } from '@chp/domain';
import type { ApiProblem } from '../errors';

export const NETWORK =
  "The dashboard couldn't reach the server. Check your connection and try again.";

/** When the API names no rule @chp/domain knows: what the kind of error means. */
const KIND: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: "Your role doesn't allow this.",
  NOT_FOUND: "This record doesn't exist, or it isn't visible to you.",
  NETWORK,
  BAD_USER_INPUT: 'Check this value.',
  CONFLICT: "The procedure doesn't allow this step now.",
};

const INTERNAL =
  'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.';

/**
 * The one place the dashboard turns an API problem into words. The rule (`extensions.rule`: a
 * @chp/domain rule code, an API rule or a validation rule) is worded by the domain's
 * `ruleMessage`, naming the field and the dates in `ctx` where it concerns them; otherwise the
 * error's kind (`extensions.code`) is explained.
 */
export function messageFor(
  problem: ApiProblem,
  ctx: Omit<RuleMessageContext, 'field'> = {},
): string {
  const byRule = problem.rule ? ruleMessage(problem.rule, { ...ctx, field: problem.field }) : null;
  return byRule ?? KIND[problem.code] ?? INTERNAL;
}
