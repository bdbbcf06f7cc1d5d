import { useMutation, useQuery } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@chp/domain';
import { useEffect, useState } from 'react';
import type {
  PasswordLinkQuery,
  PasswordLinkQueryVariables,
  SetPasswordWithLinkMutation,
  SetPasswordWithLinkMutationVariables,
} from '../generated/graphql';
import { apiProblems } from '../lib/errors';
import { linkExpiry } from './password-link';
import { Form, FormActions, messageFor, onSubmitted, useFormErrors } from '../lib/forms';
import { usePageTitle } from '../lib/page-title';
import { Loading } from '../lib/ui';
import { newPasswordProblems, tokenFromHash } from './password-link';
import { PasswordField } from './PasswordField';
import { PASSWORD_LINK, SET_PASSWORD_WITH_LINK } from './queries';
import { SignedOutPage } from './SignedOutPage';

/**
 * The page a password link opens (an invitation or a reset, docs/procedure.md, Accounts): who it
 * is for, a new password twice, then "sign in". The token is read from the address's fragment
 * once and taken out of the address bar, so it is not left in the history.
 */
export default function SetPasswordPage() {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  const link = useQuery<PasswordLinkQuery, PasswordLinkQueryVariables>(PASSWORD_LINK, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [setPassword, { loading }] = useMutation<
    SetPasswordWithLinkMutation,
    SetPasswordWithLinkMutationVariables
  >(SET_PASSWORD_WITH_LINK);
  const [password, setPasswordText] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormErrors();
  const info = link.data?.passwordLink;
  const invitation = info?.purpose === 'invitation';
  usePageTitle(invitation ? 'Accept your invitation' : 'Choose a new password');

  async function submit() {
    if (!info || !token) return;
    if (form.check(newPasswordProblems(password, repeat, info))) return;
    form.clear();
    try {
      await setPassword({ variables: { token, password } });
      setDone(true);
    } catch (error) {
      form.failFrom(error, ['password', 'token']);
    }
  }

  let body;
  if (!token) {
    body = (
      <p className="error-message">
        {messageFor({ code: 'BAD_USER_INPUT', rule: 'LINK_UNKNOWN', message: '' })}
      </p>
    );
  } else if (link.loading) {
    body = <Loading what="Checking the link" />;
  } else if (link.error || !info) {
    const [problem] = apiProblems(link.error);
    body = (
      <p className="error-message">
        {problem ? messageFor(problem) : 'The link could not be checked. Try again.'}
      </p>
    );
  } else if (done) {
    body = (
      <>
        <p className="success" role="status">
          Your password is set. Any sessions you had open have been ended.
        </p>
        <p>
          <a href="/">Sign in</a> with {info.email} and your new password.
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p>
          {invitation
            ? `Welcome, ${info.name}. Choose a password to sign in to CHP Insight as ${info.email}.`
            : `${info.name}, choose a new password for ${info.email}. Signing in with the old one stops working, and any open sessions end.`}{' '}
          This link works once, until {linkExpiry(info.expiresAt)}.
        </p>
        <Form id="set-password" state={form} onSubmit={onSubmitted(submit)}>
          <PasswordField
            name="password"
            label="New password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. Not a common password, and not your name or e-mail address: a few unrelated words make a good one.`}
            autoComplete="new-password"
            value={password}
            onChange={setPasswordText}
          />
          <PasswordField
            name="repeat"
            label="New password again"
            autoComplete="new-password"
            value={repeat}
            onChange={setRepeat}
          />
          <FormActions submit="Set password" busy="Setting the password…" loading={loading} />
        </Form>
      </>
    );
  }

  return (
    <SignedOutPage title={invitation ? 'Accept your invitation' : 'Choose a new password'}>
      {body}
    </SignedOutPage>
  );
}
