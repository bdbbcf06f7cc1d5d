import { ruleMessage } from '@chp/domain';
import { useState } from 'react';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';

/** Where the sign-in through the organisation's directory starts (the API's sso-routes.ts). */
const START = '/auth/oidc/start';

/** The message for a refusal code (SSO_…) from the API; null for anything else. */
export function singleSignOnMessage(code: string | null | undefined): string | null {
  if (!code || !/^SSO_[A-Z_]+$/.test(code)) return null;
  return ruleMessage(code);
}

/** Why the last sign-in through the directory was refused, from `?sso=<code>` (docs/procedure.md, Accounts: single sign-on). */
export function singleSignOnRefusal(search: string): string | null {
  return singleSignOnMessage(new URLSearchParams(search).get('sso'));
}

/**
 * "Sign in with your organisation's account": the e-mail's domain finds the organisation's
 * directory. The API answers where to go (JSON), and the page goes there itself: the dashboard's
 * CSP (form-action 'self') would stop a form's redirect to another site. The directory sends
 * the browser back signed in, or to `/?sso=<refusal>`.
 */
export function SingleSignOnForm() {
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal] = useState(() => singleSignOnRefusal(window.location.search));

  async function submit() {
    if (!email.trim()) return form.check({ ssoEmail: 'Enter your work e-mail address.' });
    form.clear();
    setBusy(true);
    try {
      const res = await fetch(START, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ email: email.trim() }).toString(),
      });
      const answer = (await res.json()) as { location?: string; refusal?: string };
      if (answer.location) {
        window.location.assign(answer.location);
        return;
      }
      form.fail({
        fields: {},
        form: singleSignOnMessage(answer.refusal) ?? 'Signing in failed. Try again.',
      });
    } catch {
      form.fail({
        fields: {},
        form: "The dashboard couldn't reach the server. Check your connection and try again.",
      });
    }
    setBusy(false);
  }

  return (
    <section className="panel" aria-labelledby="sso-heading">
      {/* not "Sign in…": the password form's heading and button keep that name to themselves */}
      <h2 id="sso-heading">Your organisation&rsquo;s account</h2>
      {refusal && !form.errors.form ? (
        <p className="error-message" role="alert">
          {refusal}
        </p>
      ) : null}
      <p>
        Sign in with your organisation&rsquo;s account if your organisation uses its own directory
        for CHP Insight (such as Microsoft Entra ID): enter your work e-mail address, sign in on
        your organisation&rsquo;s page, and you come back here.
      </p>
      <Form id="sso-sign-in" level={3} state={form} onSubmit={onSubmitted(submit)}>
        <Field name="ssoEmail" label="Your work e-mail">
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
        <FormActions
          submit="Continue to your organisation’s sign-in"
          busy="Going to your organisation…"
          loading={busy}
        />
      </Form>
    </section>
  );
}
