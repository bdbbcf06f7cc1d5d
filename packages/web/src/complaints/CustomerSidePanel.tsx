import { useQuery } from '@apollo/client/react';
import type {
  ComplaintAnonymousQuery,
  ComplaintAnonymousQueryVariables,
  ComplaintCustomerSideQuery,
  ComplaintCustomerSideQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePersonTerm } from '../lib/person-term';
import { Tag } from '../lib/ui';
import { ACCESSIBLE_FORMAT_LABELS, CONSENT_SCOPE_LABELS } from './customer-side-input';
import { COMPLAINT_ANONYMOUS, COMPLAINT_CUSTOMER_SIDE } from './customer-side-queries';
import { PREFERRED_CONTACT } from './labels';

const label = <T extends string>(pairs: readonly (readonly [T | '', string])[], value: T) =>
  pairs.find(([v]) => v === value)?.[1] ?? value;

/**
 * The customer's side at the top of a complaint's page (docs/procedure.md, The customer's side):
 * anonymous (§11) for every reader; the representative and consent (Part 1 §15–17), who letters
 * go to, the preferred contact (§41, §65) and the support needs (SPSO practice note: accessibility) for roles that see
 * personal data only.
 */
export function CustomerSidePanel({
  complaintId,
  personal,
}: {
  complaintId: string;
  personal: boolean;
}) {
  const { term, Term } = usePersonTerm();
  const full = useQuery<ComplaintCustomerSideQuery, ComplaintCustomerSideQueryVariables>(
    COMPLAINT_CUSTOMER_SIDE,
    { variables: { id: complaintId }, skip: !personal },
  );
  const open = useQuery<ComplaintAnonymousQuery, ComplaintAnonymousQueryVariables>(
    COMPLAINT_ANONYMOUS,
    { variables: { id: complaintId }, skip: personal },
  );
  const anonymous = personal ? full.data?.complaint.anonymous : open.data?.complaint.anonymous;
  if (!personal)
    return anonymous ? (
      <p className="tags" aria-label="The customer's side">
        <Tag tone="neutral">Anonymous</Tag>
      </p>
    ) : null;
  const c = full.data?.complaint;
  if (!c) return null;
  const rep = c.customer?.representative ?? null;
  const needs = c.customer?.supportNeeds ?? null;
  const preferred = c.customer?.preferredContact ?? null;
  if (!c.anonymous && !rep && !needs && !preferred) return null;
  return (
    <section className="panel" aria-labelledby="customer-side-heading">
      <h2 id="customer-side-heading">The {term}&rsquo;s side</h2>
      <p className="tags">
        {c.anonymous ? <Tag tone="neutral">Anonymous</Tag> : null}{' '}
        {rep ? <Tag tone="neutral">Representative</Tag> : null}{' '}
        {needs ? <Tag tone="warn">Support needs</Tag> : null}{' '}
        {needs?.largePrint ? <Tag tone="warn">Large print</Tag> : null}
      </p>
      {c.anonymous ? (
        <p>
          The {term} chose to stay anonymous: look into it as far as possible; no response can be
          sent (§11).
        </p>
      ) : null}
      <dl className="facts">
        {preferred ? (
          <>
            <dt>Preferred contact</dt>
            <dd>{label(PREFERRED_CONTACT, preferred)}</dd>
          </>
        ) : null}
        {!c.anonymous ? (
          <>
            <dt>Letters go to</dt>
            <dd>{c.correspondent === 'representative' ? 'The representative' : `The ${term}`}</dd>
          </>
        ) : null}
        {rep ? (
          <>
            <dt>Representative</dt>
            <dd>
              {rep.name}
              {rep.relationship ? ` (${rep.relationship})` : ''}
              {rep.email ? `, ${rep.email}` : ''}
              {rep.phone ? `, ${rep.phone}` : ''}
            </dd>
            <dt>Consent</dt>
            <dd>
              {rep.consent?.givenOn
                ? `Given on ${formatDate(rep.consent.givenOn)}: ${rep.consent.scope
                    .map((s) => label(CONSENT_SCOPE_LABELS, s).toLowerCase())
                    .join('; ')}${rep.consent.note ? `. ${rep.consent.note}` : ''}`
                : 'Not recorded'}
            </dd>
            {!rep.mayShareInformation ? (
              <dd className="note">
                Share nothing about the {term} or the complaint with the representative until
                consent covers it.
              </dd>
            ) : null}
          </>
        ) : null}
        {needs ? (
          <>
            <dt>Support needs</dt>
            <dd>
              <ul>
                {needs.formats.map((f) => (
                  <li key={f}>{label(ACCESSIBLE_FORMAT_LABELS, f)}</li>
                ))}
                {needs.bsl ? <li>British Sign Language</li> : null}
                {needs.interpreterLanguage ? (
                  <li>Interpreter: {needs.interpreterLanguage}</li>
                ) : null}
                {needs.namedContact ? <li>Named contact: {needs.namedContact}</li> : null}
                {needs.other ? <li>{needs.other}</li> : null}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="hint">
        {Term} details are personal data: never shown to communications or action-only staff.
      </p>
    </section>
  );
}
