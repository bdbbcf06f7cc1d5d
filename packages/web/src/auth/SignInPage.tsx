import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../lib/ui';
import { ME, SIGN_IN } from './queries';
import type { Me } from './roles';
import { signInMessage } from './sign-in-messages';

/** E-mail and password; the API answers with an httpOnly session cookie. */
export function SignInPage({
  sessionEnded = false,
  onSignedIn,
}: {
  sessionEnded?: boolean;
  onSignedIn: (me: Me) => void;
}) {
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation<{ signIn: { person: Me } }>(SIGN_IN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof signInMessage> | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Sign in – CHP Insight';
  }, []);

  useEffect(() => {
    if (problem && !problem.field) alertRef.current?.focus();
  }, [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return setProblem({ field: 'email', message: 'Enter your e-mail address.' });
    if (!password) return setProblem({ field: 'password', message: 'Enter your password.' });
    setProblem(null);
    // Fetch the overview's code (and its charts) while the sign-in request is on its way.
    void import('../overview/OverviewPage').catch(() => undefined);
    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      const me = result.data?.signIn.person;
      if (!me) throw new Error('no person in the sign-in answer');
      // Nothing cached from before belongs to this person; the answer already says who they are,
      // so the pages start their queries at once (no second round trip for `me`).
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me } });
      onSignedIn(me);
    } catch (error) {
      setProblem(signInMessage(error));
    }
  }

  return (
    <div className="sign-in-page">
      <header className="app-header">
        <p className="brand">CHP Insight</p>
      </header>
      <main id="main" className="sign-in">
        <h1>Sign in</h1>
        <p>Learning from complaints under the SPSO Model Complaints Handling Procedure.</p>
        {sessionEnded && !problem ? (
          <p className="note">Your session has ended. Sign in again to carry on.</p>
        ) : null}
        {problem && !problem.field ? (
          <div role="alert" className="error-box" tabIndex={-1} ref={alertRef}>
            {problem.message}
          </div>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Field label="E-mail address" error={problem?.field === 'email' ? problem.message : null}>
            {(p) => (
              <input
                {...p}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label="Password" error={problem?.field === 'password' ? problem.message : null}>
            {(p) => (
              <input
                {...p}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
