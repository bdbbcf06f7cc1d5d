import {
  useCallback,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
} from 'react';

/**
 * A small client-side router: real URLs (/complaints/…), history.pushState, and a `Link` that
 * keeps ordinary link behaviour (open in a new tab, copy address). The server answers every
 * path with index.html, so any URL can be opened directly.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export interface Location {
  pathname: string;
  search: string;
  query: URLSearchParams;
}

export function splitLocation(href: string): Location {
  const q = href.indexOf('?');
  const pathname = q < 0 ? href : href.slice(0, q);
  const search = q < 0 ? '' : href.slice(q);
  return { pathname: pathname || '/', search, query: new URLSearchParams(search) };
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return splitLocation(href);
}

/**
 * Matches '/complaints/:id' against a path; returns the parameters, or null.
 *
 * @example matchPath('/complaints/:id', '/complaints/42') // { id: '42' }
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** A query string from values, leaving out empty ones: `{ a: '1', b: '' }` → '?a=1'. */
export function queryString(
  values: Record<string, string | number | boolean | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The current query as an object, and a setter that replaces some keys (and resets paging). */
export function useQueryState(): [
  URLSearchParams,
  (changes: Record<string, string | null>, keepPage?: boolean) => void,
] {
  const location = useLocation();
  const set = useCallback((changes: Record<string, string | null>, keepPage = false) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!keepPage && !('page' in changes)) next.delete('page');
    const text = next.toString();
    navigate(window.location.pathname + (text ? `?${text}` : ''), { replace: true });
  }, []);
  return [location.query, set];
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to);
    window.scrollTo?.(0, 0);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
