import { randomBytes } from 'node:crypto';
import { recordComplaint } from './complaints';
import { must } from './must';
import type { World, WorldOrganisation } from './world';

/**
 * Contact restrictions through the API (Part 1 §12–13). The suites' clock stands at Monday
 * 2 March 2026, so a proposal's review on Monday 1 June 2026 is three months on.
 */
export const RESTRICTION_FIELDS =
  'id version status kind details reason proposedOn reviewOn decidedOn customerToldOn toldOfReview toldOfSpso lastDecision decisionNote reviewState';

export const PROPOSE_RESTRICTION = `mutation($input: ProposeContactRestrictionInput!) { proposeContactRestriction(input: $input) { ${RESTRICTION_FIELDS} } }`;
export const APPROVE_RESTRICTION = `mutation($id: ID!, $version: Int!, $customerToldOn: LocalDate!, $toldOfReview: Boolean!, $toldOfSpso: Boolean!, $reviewOn: LocalDate) { approveContactRestriction(id: $id, version: $version, customerToldOn: $customerToldOn, toldOfReview: $toldOfReview, toldOfSpso: $toldOfSpso, reviewOn: $reviewOn) { ${RESTRICTION_FIELDS} } }`;
export const DECLINE_RESTRICTION = `mutation($id: ID!, $version: Int!, $note: String!) { declineContactRestriction(id: $id, version: $version, note: $note) { ${RESTRICTION_FIELDS} } }`;
export const REVIEW_RESTRICTION = `mutation($id: ID!, $version: Int!, $decision: RestrictionReviewDecision!, $note: String!, $nextReviewOn: LocalDate, $kind: RestrictionKind, $details: String, $customerToldOn: LocalDate, $toldOfReview: Boolean, $toldOfSpso: Boolean) { reviewContactRestriction(id: $id, version: $version, decision: $decision, note: $note, nextReviewOn: $nextReviewOn, kind: $kind, details: $details, customerToldOn: $customerToldOn, toldOfReview: $toldOfReview, toldOfSpso: $toldOfSpso) { ${RESTRICTION_FIELDS} } }`;
export const REVIEWS_DUE = `{ restrictionReviewsDue(limit: 100) { totalCount items { id reviewOn reviewState complaint { id reference } } } }`;

/** A customer of their own (a fresh e-mail address), so restrictions of other tests never match. */
export function uniqueCustomer(overrides: Record<string, unknown> = {}) {
  const tag = randomBytes(4).toString('hex');
  return {
    name: `Alex Restricted ${tag}`,
    email: `alex.${tag}@example.org`,
    postcode: 'G1 1AA',
    preferredContact: 'phone',
    ...overrides,
  };
}

export function proposalInput(complaintId: string, overrides: Record<string, unknown> = {}) {
  return {
    complaintId,
    kind: 'letter_only',
    details: 'Letters to the Glasgow office only',
    reason: 'Repeated abusive phone calls to the repairs team',
    reviewOn: '2026-06-01',
    ...overrides,
  };
}

/** A complaint of a customer of its own, with a restriction proposed on it by the handler. */
export async function proposedRestriction(
  world: World,
  org: WorldOrganisation,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; complaintId: string }> {
  const complaint = await recordComplaint(world, org, { customer: uniqueCustomer() });
  const data = await must(
    world,
    { query: PROPOSE_RESTRICTION, variables: { input: proposalInput(complaint.id, overrides) } },
    org.people.handler,
  );
  const r = data.proposeContactRestriction;
  return { id: r.id, version: r.version, complaintId: complaint.id };
}

/** That restriction approved by the organisation's manager, the customer told today (2 March). */
export async function restrictionInForce(
  world: World,
  org: WorldOrganisation,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; complaintId: string }> {
  const proposed = await proposedRestriction(world, org, overrides);
  const data = await must(
    world,
    {
      query: APPROVE_RESTRICTION,
      variables: { ...approval(proposed) },
    },
    org.people.manager,
  );
  return { ...proposed, version: data.approveContactRestriction.version };
}

export const approval = (r: { id: string; version: number }) => ({
  id: r.id,
  version: r.version,
  customerToldOn: '2026-03-02',
  toldOfReview: true,
  toldOfSpso: true,
});
