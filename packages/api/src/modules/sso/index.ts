/**
 * Single sign-on with OpenID Connect: an organisation's directory settings and the sign-in
 * through it. What the app may use; everything else in this folder is the module's own
 * (test/import-boundaries.test.ts).
 */
export { SingleSignOnResolver } from './sso-settings.resolver';
export { singleSignOnRoutes, START_PATH } from './sso-routes';
export { CALLBACK_PATH } from './sso-settings.types';
