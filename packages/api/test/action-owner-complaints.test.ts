import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { proposedAction } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';

// Action-only staff see of a linked complaint only what their action needs (docs/api.md,
// Complaints): the reference and the service area. Everything else answers FORBIDDEN.

const OPEN_TO_ACTION_OWNERS = ['id', 'reference', 'serviceArea'];

/** Every other Complaint field, with the selection that reads it. */
const REFUSED: Record<string, string> = {
  organisationId: 'organisationId',
  receivedAt: 'receivedAt',
  awareOn: 'awareOn',
  channel: 'channel',
  category: 'category',
  summary: 'summary',
  outcomeSought: 'outcomeSought',
  serious: 'serious',
  seriousStageOneReason: 'seriousStageOneReason',
  tribunalSignpostingOffered: 'tribunalSignpostingOffered',
  aboutNamedStaff: 'aboutNamedStaff',
  anonymous: 'anonymous',
  correspondent: 'correspondent',
  hasSupportNeeds: 'hasSupportNeeds',
  route: 'route',
  currentStage: 'currentStage',
  status: 'status',
  escalatedAt: 'escalatedAt',
  escalationExceptionalCircumstances: 'escalationExceptionalCircumstances',
  spsoDecision: 'spsoDecision',
  spsoDecidedOn: 'spsoDecidedOn',
  version: 'version',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  contactType: 'contactType',
  otherOutcome: 'otherOutcome',
  otherOutcomeOn: 'otherOutcomeOn',
  otherOutcomeReason: 'otherOutcomeReason',
  specialCircumstances: 'specialCircumstances',
  otherOrganisation: 'otherOrganisation',
  passedToOtherOrganisation: 'passedToOtherOrganisation',
  contractor: 'contractor',
  electedMember: 'electedMember',
  duplicateOf: 'duplicateOf { id }',
  allowedOtherOutcomes: 'allowedOtherOutcomes',
  customer: 'customer { __typename }',
  handler: 'handler { id name }',
  namedStaff: 'namedStaff { id }',
  points: 'points { __typename }',
  journey: 'journey { type at }',
  timeline: 'timeline { __typename }',
  allowedSteps: 'allowedSteps',
  rootCauses: 'rootCauses { name }',
  actions: 'actions { id }',
  contactRestrictions: 'contactRestrictions { id }',
  letters: 'letters { id text }',
  staffComplainedAbout: 'staffComplainedAbout { personId }',
  legalHold: 'legalHold { at }',
  anonymisedAt: 'anonymisedAt',
};

const actionComplaints = (selection: string) =>
  `query($id: ID!) { improvementAction(id: $id) { id complaints { ${selection} } } }`;

describe("an action owner without complaint-reading rights (staff) and their action's complaints", () => {
  let world: World;
  let complaintId: string;
  let actionId: string;

  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
    complaintId = await insertComplaint(world, world.org, '2026-02-23T10:00:00Z');
    await world.db.dataSource.query(`UPDATE complaint SET handler_id = $1 WHERE id = $2`, [
      world.org.people.handler.id,
      complaintId,
    ]);
    actionId = (
      await proposedAction(world, world.org, world.org.people.staff.id, {
        complaintIds: [complaintId],
      })
    ).id;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('the staff owner reads the reference and service area of each linked complaint', async () => {
    const res = await world.gql<any>(
      actionComplaints('id reference serviceArea { id name }'),
      { id: actionId },
      world.org.people.staff,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.improvementAction.complaints).toEqual([
      {
        id: complaintId,
        reference: expect.stringMatching(/^LRN-/),
        serviceArea: { id: world.org.serviceAreaIds[0], name: expect.any(String) },
      },
    ]);
  });

  it('the refused list names every Complaint field but id, reference and serviceArea', async () => {
    const res = await world.gql<any>('{ __type(name: "Complaint") { fields { name } } }');
    const fields: string[] = res.body.data.__type.fields.map((f: { name: string }) => f.name);
    expect(Object.keys(REFUSED).sort()).toEqual(
      fields.filter((f) => !OPEN_TO_ACTION_OWNERS.includes(f)).sort(),
    );
  });

  for (const [field, selection] of Object.entries(REFUSED)) {
    it(`refuses the staff owner Complaint.${field} (FORBIDDEN, nothing of it in the answer)`, async () => {
      const res = await world.gql<any>(
        actionComplaints(`reference ${selection}`),
        { id: actionId },
        world.org.people.staff,
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((res.body.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual([
        'improvementAction',
        'complaints',
        0,
        field,
      ]);
      const complaint = res.body.data?.improvementAction?.complaints?.[0];
      expect(complaint?.[field] ?? null).toBeNull();
    });
  }

  it("a handler still reads every field of the action's complaints", async () => {
    const all = ['id reference serviceArea { id }', ...Object.values(REFUSED)].join(' ');
    const res = await world.gql<any>(
      actionComplaints(all),
      { id: actionId },
      world.org.people.handler,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.improvementAction.complaints[0]).toMatchObject({
      id: complaintId,
      status: 'open',
      summary: 'Repair to a leaking roof not done',
      handler: { id: world.org.people.handler.id },
      journey: [{ type: 'received' }],
      actions: [{ id: actionId }],
    });
  });
});
