import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { sessionEvents } from './apollo';
import { MeContext, SessionContext } from './auth/me-context';
import { ME } from './auth/queries';
import { homeFor, mayOpenFor, type Me } from './auth/roles';
import { SignInPage } from './auth/SignInPage';
import { Layout } from './layout/Layout';
import type { MeQuery, MeQueryVariables } from './generated/graphql';
import { isUnauthenticated } from './lib/errors';
import { usePageTitle } from './lib/page-title';
import { PersonTermProvider } from './lib/person-term';
import { Link, matchPath, navigate, useLocation } from './lib/router';
import { LoadError, Loading } from './lib/ui';

/** A page in its own chunk, drawn when first shown; `load` asks for the chunk before that. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
function page<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return Object.assign(lazy(load), { load });
}

// Each page is its own chunk: the first screen loads only what it shows.
const OverviewPage = page(() => import('./overview/OverviewPage'));
const IndicatorsPage = page(() => import('./indicators/IndicatorsPage'));
const TrendsPage = page(() => import('./trends/TrendsPage'));
const RegisterPage = page(() => import('./complaints/RegisterPage'));
const ComplaintPage = page(() => import('./complaints/ComplaintPage'));
const ActionsPage = page(() => import('./actions/ActionsPage'));
const ActionPage = page(() => import('./actions/ActionPage'));
const StatusPage = page(() => import('./status/StatusPage'));
const PublicationsPage = page(() => import('./publications/PublicationsPage'));
const PublicationPage = page(() => import('./publications/PublicationPage'));
const BoardPacksPage = page(() => import('./board-packs/BoardPacksPage'));
const BoardPackPage = page(() => import('./board-packs/BoardPackPage'));
const PublicationPreviewPage = page(() => import('./publications/PublicationPreviewPage'));
const StaffPage = page(() => import('./staff/StaffPage'));
const ServiceAreasPage = page(() => import('./admin/service-areas-page'));
const RootCausesPage = page(() => import('./admin/root-causes-page'));
const SetPasswordPage = page(() => import('./auth/SetPasswordPage'));
const SurveyPage = page(() => import('./survey/SurveyPage'));
const AdminPage = page(() => import('./admin/AdminPage'));
const SettingsPage = page(() => import('./admin/SettingsPage'));
const CalendarPage = page(() => import('./admin/CalendarPage'));
const AuditPage = page(() => import('./admin/AuditPage'));
const GroupPage = page(() => import('./group/GroupPage'));
const PlatformPage = page(() => import('./platform/PlatformPage'));
const SsoSettingsPage = page(() => import('./admin/sso-settings'));
const RetentionPage = page(() => import('./admin/retention-page'));
const ImportPage = page(() => import('./imports/ImportPage'));
const LetterTemplatesPage = page(() => import('./admin/LetterTemplatesPage'));
const ProfilePage = page(() => import('./work/ProfilePage'));
const OutboxPage = page(() => import('./outbox/OutboxPage'));
const NotificationsPage = page(() => import('./notifications/NotificationsPage'));
const ReturnsPage = page(() => import('./returns/ReturnsPage'));
const SpsoRecommendationsPage = page(() => import('./spso/SpsoRecommendationsPage'));

interface Route {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
}

const ROUTES: Route[] = [
  { path: '/', page: OverviewPage },
  { path: '/indicators', page: IndicatorsPage },
  { path: '/trends', page: TrendsPage },
  { path: '/complaints', page: RegisterPage },
  { path: '/complaints/:id', page: ComplaintPage },
  { path: '/actions/mine', page: () => <ActionsPage mine /> },
  { path: '/actions', page: () => <ActionsPage mine={false} /> },
  { path: '/actions/:id', page: ActionPage },
  { path: '/publications', page: PublicationsPage },
  { path: '/publications/:id', page: PublicationPage },
  { path: '/board-packs', page: BoardPacksPage },
  { path: '/board-packs/:id', page: BoardPackPage },
  { path: '/publications/:id/preview', page: PublicationPreviewPage },
  { path: '/status', page: StatusPage },
  { path: '/staff', page: StaffPage },
  { path: '/admin', page: AdminPage },
  { path: '/admin/organisation', page: SettingsPage },
  { path: '/admin/closure-days', page: CalendarPage },
  { path: '/admin/audit', page: AuditPage },
  { path: '/admin/service-areas', page: ServiceAreasPage },
  { path: '/admin/root-causes', page: RootCausesPage },
  { path: '/group', page: GroupPage },
  { path: '/platform', page: PlatformPage },
  { path: '/admin/sign-in', page: SsoSettingsPage },
  { path: '/admin/retention', page: RetentionPage },
  { path: '/imports', page: ImportPage },
  { path: '/admin/letter-templates', page: LetterTemplatesPage },
  { path: '/profile', page: ProfilePage },
  { path: '/outbox', page: OutboxPage },
  { path: '/notifications', page: NotificationsPage },
  { path: '/returns', page: ReturnsPage },
  { path: '/spso-recommendations', page: SpsoRecommendationsPage },
];

/**
 * Asks for the chunk of the page at `pathname` at once, so it loads while the session is checked
 * rather than after (one round trip less before the first screen).
 */
export function preloadPage(pathname: string): void {
  const route = ROUTES.find((r) => matchPath(r.path, pathname));
  const load = (route?.page as { load?: () => Promise<unknown> } | undefined)?.load;
  void load?.().catch(() => undefined); // a failed chunk is asked for again when drawn
}

/** Opened from an invitation or password reset link, signed in or not (docs/procedure.md, Accounts). */
const SET_PASSWORD_PATH = '/set-password';

function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </>
  );
}

function NotAllowed({ me }: { me: Me }) {
  usePageTitle('Not available');
  return (
    <>
      <h1>Not available for your role</h1>
      <p>
        This page isn't part of what your role uses.{' '}
        <Link to={homeFor(me.role)}>Go to your start page</Link>.
      </p>
    </>
  );
}

function Pages({ me }: { me: Me }) {
  const { pathname } = useLocation();
  // Staff land on their actions: the overview is not theirs.
  useEffect(() => {
    if (pathname === '/' && homeFor(me.role) !== '/') navigate(homeFor(me.role), { replace: true });
  }, [pathname, me.role]);
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (!mayOpenFor(me, pathname)) return <NotAllowed me={me} />;
    const Page = route.page;
    return (
      <Suspense fallback={<Loading what="Loading the page" />}>
        <Page params={params} />
      </Suspense>
    );
  }
  return <NotFound />;
}

/** Signed in: the role's navigation and pages; otherwise the sign-in page. */
export function App() {
  const { pathname } = useLocation();
  if (pathname === SET_PASSWORD_PATH)
    return (
      <Suspense fallback={<Loading what="Opening the link" />}>
        <SetPasswordPage />
      </Suspense>
    );
  if (pathname === '/survey')
    return (
      <Suspense fallback={<Loading what="Opening the survey" />}>
        <SurveyPage />
      </Suspense>
    );
  return <SignedInApp />;
}

function SignedInApp() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery<MeQuery, MeQueryVariables>(ME, {
    fetchPolicy: 'cache-first',
  });
  const [sessionEnded, setSessionEnded] = useState(false);
  // Who signed in on this page (from the sign-in answer), until the session ends.
  const [signedIn, setSignedIn] = useState<Me | null>(null);
  const me = signedIn ?? (error ? null : (data?.me ?? null));

  const session = useMemo(
    () => ({
      signedOut: async () => {
        setSignedIn(null);
        setSessionEnded(false);
        await client.resetStore().catch(() => undefined); // asks `me` again: the sign-in page
      },
    }),
    [client],
  );

  useEffect(() => {
    sessionEvents.onSessionEnded = () => {
      setSignedIn(null);
      setSessionEnded(true);
      void refetch().catch(() => undefined);
    };
  }, [refetch]);

  if (me) {
    return (
      <SessionContext.Provider value={session}>
        <MeContext.Provider value={me}>
          <PersonTermProvider>
            <Layout me={me}>
              <Pages me={me} />
            </Layout>
          </PersonTermProvider>
        </MeContext.Provider>
      </SessionContext.Provider>
    );
  }
  if (loading && !data) return <Loading what="Opening CHP Insight" />;
  if (error && isUnauthenticated(error))
    return <SignInPage sessionEnded={sessionEnded} onSignedIn={setSignedIn} />;
  return (
    <main id="main">
      <h1>CHP Insight</h1>
      <LoadError error={error} retry={() => void refetch()} />
    </main>
  );
}
