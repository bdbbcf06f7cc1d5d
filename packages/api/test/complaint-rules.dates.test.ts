import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from './support/world';
import { refreshProjections } from '../src/modules/complaints/projection-refresh';
import { recordComplaint } from './support/complaints';

describe('complaint rules over HTTP', () => {
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

  describe('day one and the cut-off time', () => {
    it('with a 17:00 cut-off, a receipt at 16:30 UTC on 30 June (17:30 BST) starts the next working day; 15:30 UTC the same day', async () => {
      world.setNow('2026-06-30T18:00:00Z');
      const admin = world.org.people.admin;
      const settings =
        'mutation($s: OrganisationSettingsInput!) { updateOrganisationSettings(settings: $s) { version cutOffTime } }';
      const { body } = await world.gql<any>('{ organisation { version } }', {}, admin);
      const set = await world.gql<any>(
        settings,
        { s: { version: body.data.organisation.version, cutOffTime: '17:00' } },
        admin,
      );
      try {
        const detail =
          'query($id: ID!) { complaint(id: $id) { timeline { stage1 { dayOne dueOn } } } }';
        const late = await recordComplaint(world, world.org, {
          receivedAt: '2026-06-30T16:30:00Z',
        });
        const early = await recordComplaint(world, world.org, {
          receivedAt: '2026-06-30T15:30:00Z',
        });
        expect(
          (await world.gql<any>(detail, { id: late.id }, admin)).body.data.complaint.timeline
            .stage1,
        ).toEqual({ dayOne: '2026-07-01', dueOn: '2026-07-07' });
        expect(
          (await world.gql<any>(detail, { id: early.id }, admin)).body.data.complaint.timeline
            .stage1,
        ).toEqual({ dayOne: '2026-06-30', dueOn: '2026-07-06' });
      } finally {
        await world.gql(
          settings,
          { s: { version: set.body.data.updateOrganisationSettings.version, cutOffTime: '' } },
          admin,
        );
      }
    });
  });

  describe('stored projection and organisation settings', () => {
    it('after a strike day is added, refreshProjections moves the stored due date to agree with the timeline', async () => {
      const c = await recordComplaint(world, world.org); // due Friday 6 March
      const stored = async () =>
        (
          await world.db.dataSource.query(
            `SELECT stage1_due_on::text AS due FROM complaint WHERE id = $1`,
            [c.id],
          )
        )[0].due;
      const shown = async () =>
        (
          await world.gql<any>(
            'query($id: ID!) { complaint(id: $id) { timeline { stage1 { dueOn } } } }',
            { id: c.id },
            world.org.people.handler,
          )
        ).body.data.complaint.timeline.stage1.dueOn;
      await world.db.dataSource.query(
        `INSERT INTO closure_day (organisation_id, date, reason) VALUES ($1, '2026-03-04', 'industrial_action')`,
        [world.org.id],
      );
      try {
        expect(await shown()).toBe('2026-03-09');
        expect(await stored()).toBe('2026-03-06');
        expect(
          await world.db.dataSource.transaction((em) => refreshProjections(em, world.org.id)),
        ).toBeGreaterThan(0);
        expect(await stored()).toBe('2026-03-09');
      } finally {
        await world.db.dataSource.query(
          `DELETE FROM closure_day WHERE organisation_id = $1 AND date = '2026-03-04'`,
          [world.org.id],
        );
        await world.db.dataSource.transaction((em) => refreshProjections(em, world.org.id));
      }
      expect(await stored()).toBe('2026-03-06');
    });
  });

  describe('calendar settings changed through the API', () => {
    it('a strike day added by an admin moves the stored due date of an open complaint spanning it, and removing it moves it back', async () => {
      world.setNow('2026-03-02T10:00:00Z');
      const c = await recordComplaint(world, world.org); // received Monday 2 March: due Friday 6 March
      const stored = async () =>
        (
          await world.db.dataSource.query(
            `SELECT stage1_due_on::text AS due FROM complaint WHERE id = $1`,
            [c.id],
          )
        )[0].due;
      const admin = world.org.people.admin;
      await world.gql(
        'mutation { addClosureDay(day: { date: "2026-03-04", reason: industrial_action }) { date } }',
        {},
        admin,
      );
      expect(await stored()).toBe('2026-03-09');
      await world.gql('mutation { removeClosureDay(date: "2026-03-04") }', {}, admin);
      expect(await stored()).toBe('2026-03-06');
    });
  });
});
