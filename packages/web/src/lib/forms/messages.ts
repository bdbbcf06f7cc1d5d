import { ruleMessage, type ApiProblem, type RuleContext } from '../errors';

/**
 * The one place a form turns an API problem into words. Today it is the dashboard's own switch
 * (`ruleMessage` in lib/errors); a later phase reads the messages from the domain package.
 */
export function messageFor(problem: ApiProblem, ctx: RuleContext = {}): string {
  return ruleMessage(problem, ctx);
}
