import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';
import { budgetKey, type BudgetRefusal, type RequestBudget } from '../../core/request-budget';
import { sessionForToken, tokenFromRequest, tokenHash, type SignedIn } from '../../modules/auth';

/** Where the session looked up here waits for the GraphQL context (one session statement per request). */
export const SESSION_LOCAL = 'chpSession';

export function sessionOf(res: Response): SignedIn | null | undefined {
  return res.locals[SESSION_LOCAL] as SignedIn | null | undefined;
}

function sendRefusal(res: Response, refusal: BudgetRefusal): void {
  res
    .status(429)
    .set('Retry-After', String(refusal.retryAfter))
    .set('Cache-Control', 'no-store')
    .json({
      errors: [
        {
          message: refusal.message,
          extensions: { code: 'RATE_LIMITED', retryAfter: refusal.retryAfter },
        },
      ],
    });
}

/** Refusals waiting at once; past this, a refusal is answered without waiting (each holds a socket). */
const MAX_DELAYED_REFUSALS = 1_000;

/** Sessions whose person is remembered for counting; past this, the oldest is forgotten first. */
const MAX_SESSIONS_REMEMBERED = 50_000;

/**
 * The /graphql request budget, checked before the body is read, so every request counts however
 * it ends: answered, or refused for its size, its syntax or its cost (413, 400).
 * - A request from a holder already refused in this window is answered 429 from memory: no
 *   statement, no body read, no parsing. The holder is known from the request's head alone: its
 *   session token (by hash) when it has one, else its address.
 * - Otherwise it is counted in PostgreSQL (one statement, shared by every process): an anonymous
 *   request against its address; a request with a session token against the session's person.
 *   Which person a token belongs to never changes, so it is remembered (by the token's hash) after
 *   the token's first session lookup: later requests are counted against the person without
 *   looking the session up first. A token not yet remembered is looked up before the body is
 *   read; the viewer found waits for the GraphQL context, so that lookup is not repeated. An
 *   unknown or expired token counts against the address.
 * The first refusal of a window comes from that count; the refused holder, and the session token
 * it came with, are then answered from memory until the window ends. A request whose session was
 * not looked up here has its viewer looked up by the GraphQL context, after the size limits (one
 * session statement per request either way).
 *
 * A holder whose requests this process refused as malformed, too large or too costly (400, 413)
 * `refusalsBeforeBlock` times in the window is refused from memory too, for the rest of the
 * window: such refusals cost a read and a parse each, unlike a 429 from memory.
 *
 * A refusal from memory is sent after `refusalDelayMs`: a client told to retry after some seconds
 * that asks again at once is slowed down, so a flood that waits for its answers (as most clients
 * do) sends a few requests a second rather than thousands. At most MAX_DELAYED_REFUSALS wait at
 * once; a flood of more parallel requests is answered at once, at the cost of a refusal from
 * memory each.
 */
export function graphqlBudget(options: {
  dataSource: DataSource;
  budget: RequestBudget;
  clock?: () => Date;
  /** How long a refusal from memory waits before it is sent; 0 = at once. */
  refusalDelayMs?: number;
}): RequestHandler {
  const { dataSource, budget } = options;
  const delayMs = options.refusalDelayMs ?? 0;
  let waiting = 0;
  const refuseLater = (res: Response, refusal: BudgetRefusal): void => {
    if (delayMs <= 0 || waiting >= MAX_DELAYED_REFUSALS) return sendRefusal(res, refusal);
    waiting++;
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      waiting--;
      clearTimeout(timer);
      return true;
    };
    const timer = setTimeout(() => {
      if (settle()) sendRefusal(res, refusal);
    }, delayMs);
    timer.unref();
    // a client that gives up meanwhile frees its place
    res.once('close', settle);
  };
  const clock = options.clock ?? (() => new Date());
  const addressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
  /** The person of each session token seen, by `session:<token hash>`. */
  const personOfSession = new Map<string, string>();
  const rememberPerson = (tokenKey: string, personId: string) => {
    if (personOfSession.size >= MAX_SESSIONS_REMEMBERED)
      personOfSession.delete(personOfSession.keys().next().value!);
    personOfSession.set(tokenKey, personId);
  };
  const count = (
    res: Response,
    next: NextFunction,
    work: () => Promise<BudgetRefusal | null>,
  ): void => {
    work().then(
      (refusal) => (refusal ? sendRefusal(res, refusal) : next()),
      (error: unknown) => {
        if (reportDatabaseError(dataSource, error)) sendUnavailable(res);
        else next(error);
      },
    );
  };
  /** A request refused as malformed, too large or too costly counts against its holder's keys. */
  const noteRefusals = (res: Response, keys: string[]): void => {
    res.once('finish', () => {
      if (res.statusCode === 400 || res.statusCode === 413) budget.noteRefused(keys);
    });
  };
  return (req, res, next) => {
    const token = tokenFromRequest(req);
    const address = addressOf(req);
    // A token stands for its holder, whoever it turns out to be (a person, or the address when
    // it is unknown or expired), so a flood on one token is refused before any lookup.
    const tokenKey = token ? `session:${tokenHash(token)}` : null;
    if (!token || !tokenKey) {
      const keys = [budgetKey({ address })];
      const known = budget.knownRefusal(keys);
      if (known) return refuseLater(res, known);
      noteRefusals(res, keys);
      return count(res, next, () => budget.consume({ address }));
    }
    const personId = personOfSession.get(tokenKey);
    const keys = personId ? [tokenKey, budgetKey({ personId })] : [tokenKey];
    const known = budget.knownRefusal(keys);
    if (known) return refuseLater(res, known);
    noteRefusals(res, keys);
    if (personId) return count(res, next, () => budget.consume({ personId }, [tokenKey]));
    count(res, next, async () => {
      const session = await sessionForToken(dataSource, token, clock());
      res.locals[SESSION_LOCAL] = session;
      const viewer = session?.viewer ?? null;
      if (viewer) rememberPerson(tokenKey, viewer.personId);
      keys.push(budgetKey(viewer ? { personId: viewer.personId } : { address }));
      return budget.consume(viewer ? { personId: viewer.personId } : { address }, [tokenKey]);
    });
  };
}
