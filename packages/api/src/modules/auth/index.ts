/**
 * Auth: sign-in, sessions (cookie) and the viewer a session stands for.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { AuthResolver } from './auth.resolver';
export { PasswordLinkResolver } from './password-link.resolver';
export { PersonSession } from './person-session.entity';
export {
  SESSION_COOKIE,
  openSession,
  sessionForToken,
  type SignedIn,
  tokenFromRequest,
  tokenHash,
  viewerForToken,
} from './session.service';
export { writePasswordLink, type IssuedPasswordLink } from './password-link.service';
