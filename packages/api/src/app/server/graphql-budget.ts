import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';
import { budgetKey, type BudgetRefusal, type RequestBudget } from '../../core/request-budget';
import type { Viewer } from '../../core/viewer';
import { tokenFromRequest, tokenHash, viewerForToken } from '../../modules/auth';

/** Where the viewer looked up here waits for the GraphQL context (one session statement per request). */
export const VIEWER_LOCAL = 'chpViewer';

export function viewerOf(res: Response): Viewer | null | undefined {
  return res.locals[VIEWER_LOCAL] as Viewer | null | undefined;
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

/**
 * The /graphql request budget, in two steps around the body's parsing and the document limits:
 * - `beforeBody`: a request from a holder already refused in this window is answered from memory
 *   (no statement, no parsing), and an anonymous request is counted against its address before
 *   its body is read, so however malformed or oversized, every anonymous request counts.
 * - `beforeGraphQL`: a request with a session token is counted against its person once the
 *   document limits passed (who it is takes the session lookup, which a request refused for its
 *   size need not cost), and the viewer found waits for the GraphQL context.
 * The first refusal of a window comes from PostgreSQL (shared by every process); the refused
 * holder, and the session token it came with, are then answered from memory until the window ends.
 */
export function graphqlBudget(options: {
  dataSource: DataSource;
  budget: RequestBudget;
  clock?: () => Date;
}): { beforeBody: RequestHandler; beforeGraphQL: RequestHandler } {
  const { dataSource, budget } = options;
  const clock = options.clock ?? (() => new Date());
  const addressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
  // A token stands for its holder, whoever it turns out to be (a person, or the address when it
  // is unknown or expired), so a flood on one token is refused before the session lookup.
  const tokenKeyOf = (token: string) => `session:${tokenHash(token)}`;
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
  return {
    beforeBody(req, res, next) {
      const token = tokenFromRequest(req);
      const address = addressOf(req);
      const known = budget.knownRefusal([token ? tokenKeyOf(token) : budgetKey({ address })]);
      if (known) return sendRefusal(res, known);
      if (token) return next();
      count(res, next, () => budget.consume({ address }));
    },
    beforeGraphQL(req, res, next) {
      const token = tokenFromRequest(req);
      if (!token) return next();
      count(res, next, async () => {
        const viewer = await viewerForToken(dataSource, token, clock());
        res.locals[VIEWER_LOCAL] = viewer;
        return budget.consume(
          viewer ? { personId: viewer.personId } : { address: addressOf(req) },
          [tokenKeyOf(token)],
        );
      });
    },
  };
}
