import type { DataSource } from 'typeorm';
import type { LoaderCache } from './loaders';
import type { Viewer } from './viewer';

/**
 * What every resolver receives as `@Ctx()`. One object per request: the signed-in viewer and
 * the per-request DataLoaders live here, so batching and caching never leak between requests.
 * Core knows no module: each module declares its own loaders (`defineLoader`) and reads them
 * through `ctx.loaders.get(definition)`. The app builds it (src/app/context.ts).
 */
export interface ChpContext {
  dataSource: DataSource;
  /** Quoted in logs and in masked error responses, to find one request's trail. */
  requestId: string;
  /** null when nobody is signed in. */
  viewer: Viewer | null;
  /** The client's address (behind TRUST_PROXY proxies, from X-Forwarded-For): sign-in throttling. */
  clientAddress?: string;
  /** The session token this request came with, if any. */
  token: string | null;
  /** This request's DataLoaders, created on first use, scoped to the viewer's organisations. */
  loaders: LoaderCache;
  /** The request's clock; tests inject a fixed one. */
  clock: () => Date;
  /** Today's date in Europe/London, by the request's clock. */
  today: string;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie?: (token: string | null, expiresAt: Date | null) => void;
}
