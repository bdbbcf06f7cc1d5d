import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { restrictionReviewState } from '@chp/domain';
import { recordComplaint, step } from './support/complaints';
import { must } from './support/must';
import {
  APPROVE_RESTRICTION,
  PROPOSE_RESTRICTION,
  REVIEW_RESTRICTION,
  REVIEWS_DUE,
  approval,
  proposalInput,
  proposedRestriction,
  restrictionInForce,
  uniqueCustomer,
} from './support/restrictions';
import { createWorld, type World } from './support/world';

const START = '2026-03-02T10:00:00Z';
const ON_COMPLAINT = `query($id: ID!) { complaint(id: $id) { id contactRestrictions { id status kind reviewState } } }`;

describe('contact restrictions under the unacceptable actions policy (Part 1 §12–13)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(START);
  });
  afterEach(() => world.setNow(START));
  afterAll(async () => {
    await world?.close();
  });

  const restrictionsOn = async (complaintId: string, as = world.org.people.handler) =>
    (await must(world, { query: ON_COMPLAINT, variables: { id: complaintId } }, as)).complaint
      .contactRestrictions as { id: string; status: string; reviewState: string }[];

  it('a handler proposes; it is shown on the complaint, not yet in force (Part 1 §13: manager approval)', async () => {
    const r = await proposedRestriction(world, world.org);
    expect(await restrictionsOn(r.complaintId)).toEqual([
      { id: r.id, status: 'proposed', kind: 'letter_only', reviewState: 'not_in_force' },
    ]);
  });

  it('a manager approves, recording that the customer was told of the review and of the SPSO (Part 1 §12–13)', async () => {
    const r = await proposedRestriction(world, world.org);
    const res = await world.gql<any>(APPROVE_RESTRICTION, approval(r), world.org.people.manager);
    expect(res.body.data.approveContactRestriction).toMatchObject({
      status: 'in_force',
      decidedOn: '2026-03-02',
      customerToldOn: '2026-03-02',
      toldOfReview: true,
      toldOfSpso: true,
      reviewState: 'scheduled',
    });
    const [audit] = await world.db.dataSource.query(
      `SELECT operation, changes FROM audit_log WHERE entity = 'contact_restriction' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [r.id],
    );
    expect(audit.operation).toBe('approveContactRestriction');
    expect(audit.changes).toMatchObject({ step: 'approve', status: 'in_force' });
  });

  it('approving without telling the customer of the SPSO is refused and changes nothing (Part 1 §13)', async () => {
    const r = await proposedRestriction(world, world.org);
    const res = await world.gql<any>(
      APPROVE_RESTRICTION,
      { ...approval(r), toldOfSpso: false },
      world.org.people.manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CUSTOMER_NOT_TOLD',
      field: 'toldOfSpso',
    });
    expect((await restrictionsOn(r.complaintId))[0]!.status).toBe('proposed');
  });

  it('is shown on every complaint of the same person: same e-mail, or same name and postcode (Part 1 §12–13; docs/procedure.md, Part 1 §12–13)', async () => {
    const customer = uniqueCustomer();
    const first = await recordComplaint(world, world.org, { customer });
    const sameEmail = await recordComplaint(world, world.org, {
      customer: { ...customer, name: 'A. Restricted', email: customer.email.toUpperCase() },
    });
    const sameNamePostcode = await recordComplaint(world, world.org, {
      customer: { name: customer.name.toLowerCase(), postcode: customer.postcode },
    });
    const someoneElse = await recordComplaint(world, world.org, { customer: uniqueCustomer() });
    const { proposeContactRestriction: r } = await must(
      world,
      { query: PROPOSE_RESTRICTION, variables: { input: proposalInput(first.id) } },
      world.org.people.handler,
    );
    for (const c of [first, sameEmail, sameNamePostcode])
      expect((await restrictionsOn(c.id)).map((x) => x.id)).toEqual([r.id]);
    expect(await restrictionsOn(someoneElse.id)).toEqual([]);
  });

  it('the complaint is still investigated: a restriction in force blocks no complaint step (§47; Part 1 §13)', async () => {
    const r = await restrictionInForce(world, world.org);
    const [complaint] = await world.db.dataSource.query(
      `SELECT version FROM complaint WHERE id = $1`,
      [r.complaintId],
    );
    const escalated = await step(
      world,
      world.org,
      'escalateComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      { id: r.complaintId, version: complaint.version },
    );
    const acknowledged = await step(
      world,
      world.org,
      'acknowledgeComplaint',
      '$id: ID!, $version: Int!',
      'id: $id, version: $version',
      { id: r.complaintId, version: escalated.version },
    );
    expect(acknowledged.version).toBe(escalated.version + 1);
  });

  it('the review reminder: due from 18 May for a review on 1 June, overdue from 2 June (Part 1 §12)', async () => {
    const r = await restrictionInForce(world, world.org);
    const dueIds = async () =>
      (
        (await must(world, { query: REVIEWS_DUE }, world.org.people.manager)).restrictionReviewsDue
          .items as { id: string; reviewState: string }[]
      ).filter((x) => x.id === r.id);
    world.setNow('2026-05-17T10:00:00+01:00');
    expect(await dueIds()).toEqual([]);
    world.setNow('2026-05-18T10:00:00+01:00');
    expect((await dueIds())[0]!.reviewState).toBe('due');
    world.setNow('2026-06-02T10:00:00+01:00');
    expect((await dueIds())[0]!.reviewState).toBe('overdue');
    expect((await restrictionsOn(r.complaintId))[0]!.reviewState).toBe('overdue');
  });

  it('a review decision (continue to 1 September) takes it off the reviews-due list (Part 1 §12)', async () => {
    const r = await restrictionInForce(world, world.org);
    world.setNow('2026-06-02T10:00:00+01:00');
    const res = await world.gql<any>(
      REVIEW_RESTRICTION,
      {
        id: r.id,
        version: r.version,
        decision: 'continue',
        note: 'Abusive calls continued in May',
        nextReviewOn: '2026-09-01',
      },
      world.org.people.manager,
    );
    expect(res.body.data.reviewContactRestriction).toMatchObject({
      status: 'in_force',
      reviewOn: '2026-09-01',
      lastDecision: 'continue',
      reviewState: 'scheduled',
    });
    const due = await must(world, { query: REVIEWS_DUE }, world.org.people.manager);
    expect(due.restrictionReviewsDue.items.map((x: any) => x.id)).not.toContain(r.id);
  });

  it('continuing without a next review date is refused and changes nothing (Part 1 §12)', async () => {
    const r = await restrictionInForce(world, world.org);
    const res = await world.gql<any>(
      REVIEW_RESTRICTION,
      { id: r.id, version: r.version, decision: 'continue', note: 'Still needed' },
      world.org.people.manager,
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'nextReviewOn',
      rule: 'required',
    });
    const [row] = await world.db.dataSource.query(
      `SELECT version, review_on::text FROM contact_restriction WHERE id = $1`,
      [r.id],
    );
    expect(row).toEqual({ version: r.version, review_on: '2026-06-01' });
  });

  it('the reviews-due list is exactly the restrictions the domain calls due or overdue, on the same data (Part 1 §12)', async () => {
    // review dates either side of the reminder window and the review date, plus a proposal and a lifted one
    for (const reviewOn of ['2026-03-10', '2026-03-16', '2026-03-17', '2026-05-01'])
      await restrictionInForce(world, world.org, { reviewOn });
    await proposedRestriction(world, world.org, { reviewOn: '2026-03-05' });
    const lifted = await restrictionInForce(world, world.org, { reviewOn: '2026-03-06' });
    await must(
      world,
      {
        query: REVIEW_RESTRICTION,
        variables: { id: lifted.id, version: lifted.version, decision: 'lift', note: 'Resolved' },
      },
      world.org.people.manager,
    );
    world.setNow('2026-03-09T10:00:00Z');
    const today = '2026-03-09';
    const all: { id: string; status: any; review_on: string }[] = await world.db.dataSource.query(
      `SELECT id, status, review_on::text FROM contact_restriction WHERE organisation_id = $1`,
      [world.org.id],
    );
    const reference = all
      .filter((r) =>
        ['due', 'overdue'].includes(
          restrictionReviewState({ status: r.status, reviewOn: r.review_on }, today),
        ),
      )
      .map((r) => r.id)
      .sort();
    const due = await must(world, { query: REVIEWS_DUE }, world.org.people.manager);
    expect(due.restrictionReviewsDue.items.map((x: any) => x.id).sort()).toEqual(reference);
    expect(due.restrictionReviewsDue.totalCount).toBe(reference.length);
    expect(reference.length).toBeGreaterThanOrEqual(3);
  });

  it('a manager cannot approve the restriction they proposed; another manager can (Part 1 §13)', async () => {
    const complaint = await recordComplaint(world, world.org, { customer: uniqueCustomer() });
    const { proposeContactRestriction: r } = await must(
      world,
      { query: PROPOSE_RESTRICTION, variables: { input: proposalInput(complaint.id) } },
      world.org.people.manager,
    );
    const own = await world.gql<any>(APPROVE_RESTRICTION, approval(r), world.org.people.manager);
    expect(own.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await world.gql<any>(APPROVE_RESTRICTION, approval(r), world.org.manager2);
    expect(other.body.data.approveContactRestriction.status).toBe('in_force');
  });

  it('vary: new terms and review date, told to the customer again; then lift ends it (Part 1 §12–13)', async () => {
    const r = await restrictionInForce(world, world.org);
    const varied = await must(
      world,
      {
        query: REVIEW_RESTRICTION,
        variables: {
          id: r.id,
          version: r.version,
          decision: 'vary',
          note: 'Calls now polite; one officer by phone',
          nextReviewOn: '2026-05-04',
          kind: 'named_officer',
          details: 'Phone calls to Ms Ross only',
          customerToldOn: '2026-03-02',
          toldOfReview: true,
          toldOfSpso: true,
        },
      },
      world.org.people.manager,
    );
    expect(varied.reviewContactRestriction).toMatchObject({
      status: 'in_force',
      kind: 'named_officer',
      details: 'Phone calls to Ms Ross only',
      reviewOn: '2026-05-04',
      lastDecision: 'vary',
    });
    const lifted = await must(
      world,
      {
        query: REVIEW_RESTRICTION,
        variables: {
          id: r.id,
          version: varied.reviewContactRestriction.version,
          decision: 'lift',
          note: 'No further incidents',
        },
      },
      world.org.people.manager,
    );
    expect(lifted.reviewContactRestriction).toMatchObject({
      status: 'lifted',
      reviewState: 'not_in_force',
    });
    expect((await restrictionsOn(r.complaintId))[0]!.status).toBe('lifted');
  });

  it('communications and action-only staff never see a restriction (Part 1 §15–18; docs/procedure.md, Part 1 §12–13)', async () => {
    const r = await restrictionInForce(world, world.org);
    for (const role of ['communications', 'staff'] as const) {
      const res = await world.gql<any>(ON_COMPLAINT, { id: r.complaintId }, world.org.people[role]);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.body.data ?? {})).not.toContain(r.id);
    }
  });
});
