import { useMutation } from '@apollo/client/react';
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { SessionContext } from '../auth/me-context';
import { SIGN_OUT } from '../auth/queries';
import { ROLE_LABELS } from '@chp/domain';
import { homeFor, navigationForPerson, type Me } from '../auth/roles';
import type { SignOutMutation, SignOutMutationVariables } from '../generated/graphql';
import { Link, navigate, useLocation } from '../lib/router';
import { NavCount } from '../work/NavCount';

export function isCurrent(itemTo: string, pathname: string): boolean {
  if (itemTo === '/') return pathname === '/';
  if (itemTo === '/actions')
    return (
      pathname === '/actions' || (pathname.startsWith('/actions/') && pathname !== '/actions/mine')
    );
  return pathname === itemTo || pathname.startsWith(`${itemTo}/`);
}

/** Skip link, header with who is signed in, the role's navigation, and the page. */
export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { pathname } = useLocation();
  const session = useContext(SessionContext);
  const [signOut, { loading }] = useMutation<SignOutMutation, SignOutMutationVariables>(SIGN_OUT);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page (as a full page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  async function doSignOut() {
    try {
      await signOut();
    } finally {
      navigate('/');
      await session.signedOut();
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="header-row">
          <Link to="/" className="brand">
            CHP Insight
          </Link>
          <div className="who">
            <span>
              {me.name} <span className="role">({ROLE_LABELS[me.role]})</span>
            </span>
            <Link to="/profile" className="link-button">
              Your profile
            </Link>
            <button type="button" className="link-button" onClick={doSignOut} disabled={loading}>
              Sign out
            </button>
          </div>
        </div>
        <nav aria-label="Main">
          <ul>
            {navigationForPerson(me).map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? 'page' : undefined}>
                  {item.label}
                </Link>
                {item.to === homeFor(me.role) ? <NavCount /> : null}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
      <footer className="app-footer">
        <p>
          CHP Insight · SPSO Model Complaints Handling Procedure ·{' '}
          <Link to="/status">Platform status</Link>
        </p>
      </footer>
    </>
  );
}
