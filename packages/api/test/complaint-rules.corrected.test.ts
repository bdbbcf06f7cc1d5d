import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, tableCounts, type World } from './support/world';
import {
  complaintInput,
  recordComplaint,
  RECORD,
  step,
  type ComplaintRef,
} from './support/complaints';
import { signOff } from './support/complaint-stages';

/**
 * The rules issue 17 corrected, over HTTP on a real PostgreSQL: each refused input answers its
 * stable code and field and changes nothing; the accepted one is stored and shown.
 */

const CLOSE =
  'mutation($id: ID!, $version: Int!, $input: CloseComplaintInput!) { closeComplaint(id: $id, version: $version, input: $input) { id version status journey { type details } } }';
const ESCALATE =
  'mutation($id: ID!, $version: Int!, $ec: String, $awareOn: LocalDate) { escalateComplaint(id: $id, version: $version, exceptionalCircumstances: $ec, awareOn: $awareOn) { id version awareOn currentStage escalationExceptionalCircumstances timeline { spsoDeadline } } }';
const AGREE = (c: ComplaintRef, points: string[]) => ({
  query:
    'mutation($id: ID!, $version: Int!, $points: [String!]!) { agreePointsOfComplaint(id: $id, version: $version, points: $points) { id version points { id } } }',
  variables: { ...c, points },
});

const errorOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

describe('the corrected rules over HTTP', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-02T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.setNow('2026-03-02T10:00:00Z');
  });

  const close = (c: ComplaintRef, input: Record<string, unknown>, as = world.org.people.handler) =>
    world.gql<any>(CLOSE, { ...c, input }, as);

  /** Received Monday 5 January 2026 with no awareness date; stage 1 answered on 5 February. */
  async function answeredWithoutAwareness(): Promise<ComplaintRef> {
    const c = await recordComplaint(world, world.org, { receivedAt: '2026-01-05T10:00:00Z' });
    const res = await close(c, {
      outcome: 'not_upheld',
      spsoSignposted: false,
      reasons: 'We checked the repair record.',
      communicatedBy: 'phone',
      at: '2026-02-05T10:00:00Z',
      lateReason: 'The customer asked for a stage 1 answer after the contractor visit',
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.closeComplaint;
  }

  describe('escalation limit when awareness was not recorded (§36, Appendix 1 §12)', () => {
    it('accepts, without exceptional circumstances, a request four months after the stage 1 response and five after receipt', async () => {
      const c = await answeredWithoutAwareness();
      world.setNow('2026-06-05T10:00:00Z');
      const detail = await world.gql<any>(
        'query($id: ID!) { complaint(id: $id) { timeline { escalationDeadline } } }',
        { id: c.id },
        world.org.people.handler,
      );
      // six months from receipt (the latest the customer can have known), not two from the response
      expect(detail.body.data.complaint.timeline.escalationDeadline).toBe('2026-07-05');
      const res = await world.gql<any>(ESCALATE, c, world.org.people.handler);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.escalateComplaint).toMatchObject({
        currentStage: 2,
        escalationExceptionalCircumstances: null,
        awareOn: null,
      });
      const [event] = await world.db.dataSource.query(
        `SELECT payload FROM complaint_event WHERE complaint_id = $1 AND type = 'escalated'`,
        [c.id],
      );
      expect(event.payload).toMatchObject({
        inTime: true,
        deadline: '2026-07-05',
        awarenessFromReceipt: true,
      });
    });

    it('an awareness date given at escalation decides the answer and is recorded', async () => {
      const c = await answeredWithoutAwareness();
      world.setNow('2026-06-05T10:00:00Z');
      const before = await tableCounts(world.db);
      // aware since 1 October 2025: six months end 1 April, two from the response 5 April
      const refused = await world.gql<any>(
        ESCALATE,
        { ...c, awareOn: '2025-10-01' },
        world.org.people.handler,
      );
      expect(errorOf(refused)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'ESCALATION_OUT_OF_TIME',
        field: 'exceptionalCircumstances',
      });
      expect(await tableCounts(world.db)).toEqual(before);
      const accepted = await world.gql<any>(
        ESCALATE,
        { ...c, awareOn: '2025-10-01', ec: 'The customer was abroad caring for a relative' },
        world.org.people.handler,
      );
      expect(accepted.body.errors).toBeUndefined();
      // the recorded date also gives the SPSO day (§75): 12 months beginning 1 October 2025
      expect(accepted.body.data.escalateComplaint).toMatchObject({
        awareOn: '2025-10-01',
        timeline: { spsoDeadline: '2026-09-30' },
      });
    });

    it('refuses an awareness date after the date of receipt', async () => {
      const c = await answeredWithoutAwareness();
      world.setNow('2026-06-05T10:00:00Z');
      const res = await world.gql<any>(
        ESCALATE,
        { ...c, awareOn: '2026-01-06' },
        world.org.people.handler,
      );
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'notAfterReceipt',
        field: 'awareOn',
      });
    });

    it('refuses a different awareness date when one was recorded with the complaint', async () => {
      const c = await recordComplaint(world, world.org, { awareOn: '2026-02-20' });
      const res = await world.gql<any>(
        ESCALATE,
        { ...c, awareOn: '2026-02-01' },
        world.org.people.handler,
      );
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'alreadyRecorded',
        field: 'awareOn',
      });
    });
  });

  describe('stage 1 past its last day must escalate, or a recorded reason (§29, Appendix 1 §10)', () => {
    // received Monday 2 March 2026: day 10 is Friday 13 March; closing on Monday 16 March
    it('refuses the stage 1 closure without a reason and writes nothing', async () => {
      const c = await recordComplaint(world, world.org);
      world.setNow('2026-03-16T10:00:00Z');
      const before = await tableCounts(world.db);
      const res = await close(c, {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
      });
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'STAGE1_LATE_NEEDS_REASON',
        field: 'lateReason',
      });
      expect(await tableCounts(world.db)).toEqual(before);
    });

    it('accepts it with the reason, stores it and shows it in the journey', async () => {
      const c = await recordComplaint(world, world.org);
      world.setNow('2026-03-16T10:00:00Z');
      const res = await close(c, {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
        lateReason: 'The customer was away and asked us to wait for the phone call',
      });
      expect(res.body.errors).toBeUndefined();
      const closed = res.body.data.closeComplaint.journey.find(
        (e: { type: string }) => e.type === 'closed',
      );
      expect(closed.details.lateReason).toBe(
        'The customer was away and asked us to wait for the phone call',
      );
    });

    it('needs no reason on day 10 itself', async () => {
      const c = await recordComplaint(world, world.org);
      world.setNow('2026-03-13T16:00:00Z');
      const res = await close(c, {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
      });
      expect(res.body.errors).toBeUndefined();
    });

    it('after an extension to day 7, a closure on day 8 needs the reason', async () => {
      const c = await recordComplaint(world, world.org);
      const extended = await step(
        world,
        world.org,
        'extendComplaint',
        '$id: ID!, $version: Int!',
        'id: $id, version: $version, dueOn: "2026-03-10", reason: "Contractor report"',
        c,
        world.org.people.manager,
      );
      world.setNow('2026-03-11T10:00:00Z');
      const res = await close(extended, {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
      });
      expect(errorOf(res)).toMatchObject({ rule: 'STAGE1_LATE_NEEDS_REASON', field: 'lateReason' });
    });
  });

  describe('serious, high-risk or high-profile at stage 1 (§36)', () => {
    it('refuses a serious complaint at stage 1 without the reason why not stage 2', async () => {
      const before = await tableCounts(world.db);
      const res = await world.gql(
        RECORD,
        { input: complaintInput(world.org, { serious: true }) },
        world.org.people.handler,
      );
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'SERIOUS_AT_STAGE_1_NEEDS_REASON',
        field: 'seriousStageOneReason',
      });
      expect(await tableCounts(world.db)).toEqual(before);
    });

    it('with the reason, managers list it among the serious complaints at stage 1', async () => {
      const kept = await recordComplaint(world, world.org, {
        serious: true,
        seriousStageOneReason: 'The leak was fixed the same day; the customer wants an apology',
      });
      const direct = await recordComplaint(world, world.org, { serious: true, stage: 2 });
      const res = await world.gql<any>(
        '{ complaints(seriousAtStageOne: true, limit: 100) { items { id seriousStageOneReason } } }',
        {},
        world.org.people.manager,
      );
      expect(res.body.errors).toBeUndefined();
      const items = res.body.data.complaints.items as { id: string }[];
      expect(items).toContainEqual({
        id: kept.id,
        seriousStageOneReason: 'The leak was fixed the same day; the customer wants an apology',
      });
      expect(items.map((i) => i.id)).not.toContain(direct.id);
    });
  });

  describe('every point answered (§66)', () => {
    it('refuses a stage 2 closure with agreed points and no finding on them', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      const agreed = await world.gql<any>(
        AGREE(c, ['The repair was late', 'Nobody called back']).query,
        AGREE(c, ['The repair was late', 'Nobody called back']).variables,
        world.org.people.handler,
      );
      world.setNow('2026-03-02T11:00:00Z');
      const signed = await signOff(world, world.org, agreed.body.data.agreePointsOfComplaint);
      const before = await tableCounts(world.db);
      const res = await close(signed, {
        outcome: 'upheld',
        spsoSignposted: true,
        communicatedBy: 'letter',
      });
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'POINT_WITHOUT_FINDING',
        field: 'findings',
      });
      expect(await tableCounts(world.db)).toEqual(before);
    });
  });

  describe('sign-off valid only for the response actually closed (§65)', () => {
    it('a sign-off before the points were re-agreed no longer counts; a new one does', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      const first = await world.gql<any>(
        AGREE(c, ['The repair was late']).query,
        AGREE(c, ['The repair was late']).variables,
        world.org.people.handler,
      );
      world.setNow('2026-03-02T11:00:00Z');
      const signed = await signOff(world, world.org, first.body.data.agreePointsOfComplaint);
      world.setNow('2026-03-02T12:00:00Z');
      const again = await world.gql<any>(
        AGREE(signed, ['The repair was late', 'The charge was wrong']).query,
        AGREE(signed, ['The repair was late', 'The charge was wrong']).variables,
        world.org.people.handler,
      );
      const reagreed = again.body.data.agreePointsOfComplaint;
      const findings = (reagreed.points as { id: string }[]).map((p) => ({
        pointId: p.id,
        finding: 'upheld',
      }));
      world.setNow('2026-03-02T13:00:00Z');
      const refused = await close(
        { id: reagreed.id, version: reagreed.version },
        { findings, spsoSignposted: true, communicatedBy: 'letter' },
      );
      expect(errorOf(refused)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'SIGN_OFF_OUT_OF_DATE',
        field: 'signOff',
      });
      const resigned = await signOff(world, world.org, {
        id: reagreed.id,
        version: reagreed.version,
      });
      world.setNow('2026-03-02T14:00:00Z');
      const accepted = await close(resigned, {
        findings,
        spsoSignposted: true,
        communicatedBy: 'letter',
      });
      expect(accepted.body.errors).toBeUndefined();
      expect(accepted.body.data.closeComplaint.status).toBe('closed');
    });

    it('a sign-off before a later stage 2 extension no longer counts', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      world.setNow('2026-03-02T11:00:00Z');
      const signed = await signOff(world, world.org, c);
      world.setNow('2026-03-02T12:00:00Z');
      const extended = await step(
        world,
        world.org,
        'extendComplaint',
        '$id: ID!, $version: Int!',
        'id: $id, version: $version, dueOn: "2026-04-10", reason: "Waiting for the surveyor"',
        signed,
        world.org.people.manager,
      );
      world.setNow('2026-03-02T13:00:00Z');
      const res = await close(extended, {
        outcome: 'upheld',
        spsoSignposted: true,
        communicatedBy: 'letter',
      });
      expect(errorOf(res)).toMatchObject({ rule: 'SIGN_OFF_OUT_OF_DATE', field: 'signOff' });
    });
  });

  describe('tribunal signposting by sector and stage (§74)', () => {
    it('the complaint says where the Tribunal question is asked: housing at stage 2, not stage 1', async () => {
      const one = await recordComplaint(world, world.org);
      const two = await recordComplaint(world, world.org, { stage: 2 });
      const offered = async (id: string) =>
        (
          await world.gql<any>(
            'query($id: ID!) { complaint(id: $id) { tribunalSignpostingOffered } }',
            { id },
            world.org.people.handler,
          )
        ).body.data.complaint.tribunalSignpostingOffered;
      expect([await offered(one.id), await offered(two.id)]).toEqual([false, true]);
    });

    it('refuses a tribunal case at stage 1', async () => {
      const c = await recordComplaint(world, world.org);
      const res = await close(c, {
        outcome: 'upheld',
        spsoSignposted: false,
        reasons: 'We checked the repair record.',
        communicatedBy: 'phone',
        tribunalCase: true,
        tribunalSignposted: true,
      });
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'TRIBUNAL_NOT_APPLICABLE',
        field: 'tribunalCase',
      });
    });

    it('refuses it at stage 2 outside housing, and accepts it at stage 2 in housing', async () => {
      const c = await recordComplaint(world, world.org, { stage: 2 });
      world.setNow('2026-03-02T11:00:00Z');
      const signed = await signOff(world, world.org, c);
      const input = {
        outcome: 'upheld',
        spsoSignposted: true,
        communicatedBy: 'letter',
        tribunalCase: true,
        tribunalSignposted: true,
      };
      await world.db.dataSource.query(
        `UPDATE organisation SET sector = 'local_authority' WHERE id = $1`,
        [world.org.id],
      );
      try {
        const refused = await close(signed, input);
        expect(errorOf(refused)).toMatchObject({
          rule: 'TRIBUNAL_NOT_APPLICABLE',
          field: 'tribunalCase',
        });
      } finally {
        await world.db.dataSource.query(
          `UPDATE organisation SET sector = 'housing' WHERE id = $1`,
          [world.org.id],
        );
      }
      const accepted = await close(signed, input);
      expect(accepted.body.errors).toBeUndefined();
    });
  });

  describe('channels (docs/procedure.md, What every complaint records)', () => {
    it('refuses a new complaint recorded through social media and writes nothing', async () => {
      const before = await tableCounts(world.db);
      const res = await world.gql(
        RECORD,
        { input: complaintInput(world.org, { channel: 'social_media' }) },
        world.org.people.handler,
      );
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'CHANNEL_NOT_FOR_COMPLAINTS',
        field: 'channel',
      });
      expect(await tableCounts(world.db)).toEqual(before);
    });
  });
});
