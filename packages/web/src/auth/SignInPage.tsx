import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { MeQuery, SignInMutation, SignInMutationVariables } from '../generated/graphql';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { PasswordField } from './PasswordField';
import { ME, SIGN_IN } from './queries';
import type { Me } from './roles';
import { signInMessage } from './sign-in-messages';
import { SignedOutPage } from './SignedOutPage';
import { SingleSignOnForm } from './SingleSignOnForm';

/** E-mail and password; the API answers with an httpOnly session cookie. */
export function SignInPage({
  sessionEnded = false,
  onSignedIn,
}: {
  sessionEnded?: boolean;
  onSignedIn: (me: Me) => void;
}) {
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation<SignInMutation, SignInMutationVariables>(SIGN_IN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const problem = form.errors.form ?? Object.keys(form.errors.fields).length > 0;

  useEffect(() => {
    document.title = 'Sign in – CHP Insight';
  }, []);

  async function submit() {
    if (!email.trim()) return form.check({ email: 'Enter your e-mail address.' });
    if (!password) return form.check({ password: 'Enter your password.' });
    form.clear();
    // Fetch the overview's code (and its charts) while the sign-in request is on its way.
    void import('../overview/OverviewPage').catch(() => undefined);
    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      const me = result.data?.signIn.person;
      if (!me) throw new Error('no person in the sign-in answer');
      // Nothing cached from before belongs to this person; the answer already says who they are,
      // so the pages start their queries at once (no second round trip for `me`).
      await client.clearStore();
      client.writeQuery<MeQuery>({ query: ME, data: { me } });
      onSignedIn(me);
    } catch (error) {
      const { field, message } = signInMessage(error);
      form.fail(
        field ? { fields: { [field]: message }, form: null } : { fields: {}, form: message },
      );
    }
  }

  return (
    <SignedOutPage title="Sign in">
      <p>Learning from complaints under the SPSO Model Complaints Handling Procedure.</p>
      {sessionEnded && !problem ? (
        <p className="note">Your session has ended. Sign in again to carry on.</p>
      ) : null}
      <Form id="sign-in" state={form} onSubmit={onSubmitted(submit)}>
        <Field name="email" label="E-mail address">
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <PasswordField
          name="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <FormActions submit="Sign in" busy="Signing in…" loading={loading} />
      </Form>
      <SingleSignOnForm />
    </SignedOutPage>
  );
}
