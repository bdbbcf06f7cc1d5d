import { ruleMessage } from '@chp/domain';

/** Where the sign-in through the organisation's directory starts (the API's sso-routes.ts). */
const START = '/auth/oidc/start';

/** Why the last sign-in through the directory was refused, from `?sso=<code>` (docs/procedure.md, Accounts: single sign-on). */
export function singleSignOnRefusal(search: string): string | null {
  const code = new URLSearchParams(search).get('sso');
  if (!code || !/^SSO_[A-Z_]+$/.test(code)) return null;
  return ruleMessage(code);
}

/**
 * "Sign in with your organisation's account": a plain form, so the browser itself goes to the
 * organisation's directory (found by the e-mail's domain) and comes back signed in.
 */
export function SingleSignOnForm() {
  const refusal = singleSignOnRefusal(window.location.search);
  return (
    <section className="panel" aria-labelledby="sso-heading">
      <h2 id="sso-heading">Sign in with your organisation&rsquo;s account</h2>
      {refusal ? (
        <p className="error-message" role="alert">
          {refusal}
        </p>
      ) : null}
      <p>
        If your organisation signs in to CHP Insight through its own directory (such as Microsoft
        Entra ID), enter your work e-mail address: you will sign in on your organisation&rsquo;s
        page and come back here.
      </p>
      <form method="post" action={START}>
        <div className="field">
          <label htmlFor="sso-email">Work e-mail address</label>
          <input id="sso-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="actions-row">
          <button type="submit">Continue to your organisation&rsquo;s sign-in</button>
        </div>
      </form>
    </section>
  );
}
