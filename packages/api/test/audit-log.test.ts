import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordComplaint } from './support/complaints';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

const LOG =
  'query($actorId: ID, $entity: String, $operation: String, $from: LocalDate, $to: LocalDate, $limit: Int, $offset: Int) { auditLog(actorId: $actorId, entity: $entity, operation: $operation, from: $from, to: $to, limit: $limit, offset: $offset) { totalCount items { operation entity entityId actorId actorName at } } }';
const CSV =
  'query($entity: String, $from: LocalDate, $to: LocalDate) { auditLogCsv(entity: $entity, from: $from, to: $to) { filename content rowCount truncated } }';

const addDay = (date: string, description: string) => ({
  query: `mutation { addClosureDay(day: { date: "${date}", reason: industrial_action, description: "${description}" }) { date } }`,
});

/** The audit log screen's filters and its CSV (docs/procedure.md, The audit log). */
describe('the audit log: who, what, when, and its CSV (docs/procedure.md, The audit log)', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
    // 30 June 2026 23:30Z is 00:30 on 1 July in London (summer time)
    world.setNow('2026-06-30T23:30:00Z');
    await must(world, addDay('2026-07-15', 'Strike'), world.org.people.admin);
    world.setNow('2026-06-30T22:30:00Z');
    await must(world, addDay('2026-07-16', 'Strike'), world.org.people.admin);
    world.setNow('2026-07-01T10:00:00Z');
    await recordComplaint(world, world.org, { receivedAt: '2026-07-01T09:00:00Z' });
  });
  afterAll(async () => {
    await world?.close();
  });

  const log = async (vars: Record<string, unknown>, as = world.org.people.admin) =>
    (await must(world, { query: LOG, variables: vars }, as)).auditLog;

  it('a day is a London day: a change at 00:30 BST on 1 July is on 1 July, one at 23:30 BST on 30 June is not', async () => {
    const july = await log({ entity: 'closure_day', from: '2026-07-01', to: '2026-07-01' });
    expect(july.items.map((i: { entityId: string }) => i.entityId)).toEqual(['2026-07-15']);
    const june = await log({ entity: 'closure_day', from: '2026-06-30', to: '2026-06-30' });
    expect(june.items.map((i: { entityId: string }) => i.entityId)).toEqual(['2026-07-16']);
  });

  it('by who: the handler made the recording, and is named', async () => {
    const mine = await log({ actorId: world.org.people.handler.id });
    expect(mine.totalCount).toBe(1);
    expect(mine.items[0]).toMatchObject({ operation: 'recordComplaint', entity: 'complaint' });
    expect(mine.items[0].actorName).toEqual(expect.any(String));
  });

  it('by operation, a page at a time, newest first', async () => {
    const first = await log({ operation: 'addClosureDay', limit: 1, offset: 0 });
    const second = await log({ operation: 'addClosureDay', limit: 1, offset: 1 });
    expect(first.totalCount).toBe(2);
    expect([first.items[0].entityId, second.items[0].entityId]).toEqual([
      '2026-07-15',
      '2026-07-16',
    ]);
  });

  it("the filter's choices list who and what appear in the log", async () => {
    const { auditChoices } = await must(
      world,
      { query: '{ auditChoices { actors { id name } entities operations } }' },
      world.org.people.senior_manager,
    );
    expect(auditChoices.actors.map((a: { id: string }) => a.id).sort()).toEqual(
      [world.org.people.admin.id, world.org.people.handler.id].sort(),
    );
    expect(auditChoices.entities).toEqual(expect.arrayContaining(['closure_day', 'complaint']));
    expect(auditChoices.operations).toEqual(
      expect.arrayContaining(['addClosureDay', 'recordComplaint']),
    );
  });

  it("another organisation's rows are never listed", async () => {
    const theirs = await log({}, world.other.people.admin);
    expect(theirs.items.map((i: { entityId: string }) => i.entityId)).not.toContain('2026-07-15');
  });

  it('the CSV holds the filtered rows, with the closure days’ values', async () => {
    const { auditLogCsv: f } = await must(
      world,
      { query: CSV, variables: { entity: 'closure_day' } },
      world.org.people.admin,
    );
    const lines = f.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('When (UK time),Who,Operation,Record,Record id,Fields changed,Values');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('2026-07-01 00:30');
    expect(lines[1]).toContain('reason: industrial_action; description: Strike');
    expect(f).toMatchObject({
      rowCount: 2,
      truncated: false,
      filename: 'audit-log-2026-07-01.csv',
    });
  });

  it("the CSV names a complaint's changed fields but never their values (no personal data in the file)", async () => {
    const { auditLogCsv: f } = await must(
      world,
      { query: CSV, variables: { entity: 'complaint' } },
      world.org.people.admin,
    );
    const [, line] = f.content.trimEnd().split('\r\n');
    expect(line).toMatch(/; reference;/);
    expect(line).not.toContain('CMP-');
    expect(line!.endsWith(',')).toBe(true);
  });

  it('names a platform administrator of another organisation who acted for this one (docs/scaling.md, tenant keys)', async () => {
    const outsider = world.other.people.admin;
    const [outsiderRow]: { name: string }[] = await world.db.dataSource.query(
      `SELECT name FROM person WHERE id = $1`,
      [outsider.id],
    );
    // as when a platform administrator creates the organisation or gives group access
    await world.db.dataSource.query(
      `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id)
       VALUES ($1, '2026-07-02T10:00:00Z', $2, 'setGroupAccess', 'person', $3)`,
      [world.org.id, outsider.id, world.org.people.staff.id],
    );
    const theirs = await log({ operation: 'setGroupAccess' });
    expect(theirs.items).toEqual([
      expect.objectContaining({ actorId: outsider.id, actorName: outsiderRow!.name }),
    ]);
  });
});
