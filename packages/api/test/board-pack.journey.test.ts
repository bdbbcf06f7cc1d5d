import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@chp/domain';
import {
  APPROVE_BOARD_PACK,
  BOARD_PACKS,
  DRAFT_BOARD_PACK,
  REFRESH_BOARD_PACK,
  SEND_BACK_BOARD_PACK,
  SUBMIT_BOARD_PACK,
  UPDATE_BOARD_PACK,
  WITHDRAW_BOARD_PACK,
  draftPack,
  packInReview,
  storedFigures,
} from './support/board-packs';
import { download, unzip } from './support/downloads';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import { createWorld, type World } from './support/world';

/**
 * The board pack's journey (docs/procedure.md, The quarterly board pack): drafted for an ended
 * quarter of the reporting year, narrative written, submitted, approved by a manager other than
 * its author (publicationWorkflow.ts), frozen, downloaded as HTML and Word by the roles that may.
 */
describe('the quarterly board pack from draft to frozen', () => {
  let world: World;
  // FY2026-Q1 (April to June 2026) has ended on 10 July 2026; FY2026-Q2 has not
  const Q1 = 'FY2026-Q1';

  beforeAll(async () => {
    world = await createWorld('2026-07-10T10:00:00Z');
    for (const at of ['2026-04-14T10:00:00Z', '2026-05-20T10:00:00Z', '2026-06-30T22:30:00Z'])
      await insertComplaint(world, world.org, at);
    // received 30 June 23:30 London time (in Q1), and 1 July 00:30 London time (not in Q1)
    await insertComplaint(world, world.org, '2026-06-30T23:30:00Z');
    await insertComplaint(world, world.other, '2026-05-20T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const manager = () => world.org.people.manager;
  const errorOf = async (query: string, variables: object, as = manager()) =>
    (await world.gql(query, variables, as)).body.errors?.[0]?.extensions;

  it('a quarter that has not ended cannot be drafted (figures would be partial)', async () =>
    expect(await errorOf(DRAFT_BOARD_PACK, { quarter: 'FY2026-Q2' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quarter',
      rule: 'completedPeriod',
    }));

  it('a quarter is named like FY2026-Q1', async () =>
    expect(await errorOf(DRAFT_BOARD_PACK, { quarter: '2026 Q1' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'matches',
    }));

  it('communications staff read board packs but do not draft them', async () => {
    expect(
      await errorOf(DRAFT_BOARD_PACK, { quarter: Q1 }, world.org.people.communications),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await world.gql(BOARD_PACKS, {}, world.org.people.communications)).body.errors,
    ).toBeUndefined();
  });

  it('action-only staff and handlers do not see board packs', async () => {
    for (const role of ['staff', 'handler'] as const)
      expect(await errorOf(BOARD_PACKS, {}, world.org.people[role]), role).toMatchObject({
        code: 'FORBIDDEN',
      });
  });

  it('drafting computes the figures of the quarter by local date of receipt; a second draft of the quarter is refused', async () => {
    const p = await draftPack(world, Q1, manager());
    expect(p).toMatchObject({
      status: 'draft',
      edition: 1,
      periodLabel: '2026/27 Q1',
      periodFrom: '2026-04-01',
      periodTo: '2026-06-30',
    });
    const f = await storedFigures(world, p.id);
    expect(f.indicators.current.received).toBe(3);
    expect(f.periods.previous.label).toBe('2025/26 Q4');
    expect(await errorOf(DRAFT_BOARD_PACK, { quarter: Q1 })).toMatchObject({
      code: 'CONFLICT',
      rule: 'BOARD_PACK_EXISTS',
    });
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
  });

  it('the narrative: a summary and commentary under a section; an unknown section is bad input', async () => {
    const p = await draftPack(world, Q1, manager());
    const updated = (
      await must(
        world,
        {
          query: UPDATE_BOARD_PACK,
          variables: {
            ...p,
            summary: 'Complaints fell.',
            commentary: [{ section: 'trends', text: 'A quiet May.' }],
          },
        },
        manager(),
      )
    ).updateBoardPackNarrative;
    expect(updated.summary).toBe('Complaints fell.');
    expect(updated.commentary.find((c: any) => c.section === 'trends')).toEqual({
      section: 'trends',
      title: 'Complaints received and closed by month',
      text: 'A quiet May.',
    });
    const bad = await errorOf(UPDATE_BOARD_PACK, {
      ...updated,
      commentary: [{ section: 'gossip', text: 'x' }],
    });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [row] = await world.db.dataSource.query(
      `SELECT version, commentary FROM board_pack WHERE id = $1`,
      [p.id],
    );
    expect(row).toEqual({ version: updated.version, commentary: { trends: 'A quiet May.' } });
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: updated }, manager());
  });

  it('its author cannot approve it (publication workflow): FORBIDDEN, nothing changes', async () => {
    const p = await packInReview(world, Q1, manager());
    expect(p.allowedSteps).not.toContain('approve');
    expect(await errorOf(APPROVE_BOARD_PACK, p)).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await world.db.dataSource.query(
      `SELECT status, version FROM board_pack WHERE id = $1`,
      [p.id],
    );
    expect(row).toEqual({ status: 'in_review', version: p.version });
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
  });

  it('a draft is not approved before it is submitted', async () => {
    const p = await draftPack(world, Q1, manager());
    expect(await errorOf(APPROVE_BOARD_PACK, p, world.org.manager2)).toMatchObject({
      code: 'CONFLICT',
      rule: 'PUBLICATION_STATUS',
    });
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
  });

  it('another manager sends it back to draft with a comment; the author edits and resubmits (publication workflow sendBack)', async () => {
    const p = await packInReview(world, Q1, manager());
    const asApprover = (
      await world.gql(BOARD_PACKS, {}, world.org.manager2)
    ).body.data!.boardPacks.find((b: any) => b.id === p.id);
    expect(asApprover.allowedSteps).toContain('sendBack');
    const back = (
      await must(
        world,
        {
          query: SEND_BACK_BOARD_PACK,
          variables: { ...p, comment: '  Explain the rise in May.  ' },
        },
        world.org.manager2,
      )
    ).sendBackBoardPack;
    expect(back).toMatchObject({ status: 'draft', sentBackComment: 'Explain the rise in May.' });
    expect(back.sentBackAt).toEqual(expect.any(String));
    const [audit] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE organisation_id = $1 AND entity_id = $2 AND operation = 'sendBackBoardPack'`,
      [world.org.id, p.id],
    );
    expect(audit.changes).toMatchObject({
      status: 'draft',
      sentBackComment: 'Explain the rise in May.',
    });
    const edited = (
      await must(
        world,
        {
          query: UPDATE_BOARD_PACK,
          variables: { id: back.id, version: back.version, summary: 'May: a burst pipe.' },
        },
        manager(),
      )
    ).updateBoardPackNarrative;
    const again = (await must(world, { query: SUBMIT_BOARD_PACK, variables: edited }, manager()))
      .submitBoardPackForReview;
    expect(again.status).toBe('in_review');
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: again }, manager());
  });

  it('its author cannot send it back, and a blank comment is refused: nothing changes', async () => {
    const p = await packInReview(world, Q1, world.org.manager2);
    expect(
      await errorOf(SEND_BACK_BOARD_PACK, { ...p, comment: 'Mine' }, world.org.manager2),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(SEND_BACK_BOARD_PACK, { ...p, comment: ' ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'comment',
      rule: 'required',
    });
    const [row] = await world.db.dataSource.query(
      `SELECT status, version, sent_back_comment FROM board_pack WHERE id = $1`,
      [p.id],
    );
    expect(row).toEqual({ status: 'in_review', version: p.version, sent_back_comment: null });
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
  });

  it('a pack whose figures predate the survey and recurrence sections still renders, saying those sections were not part of it', async () => {
    const p = await draftPack(world, Q1, manager());
    await world.db.dataSource.query(
      `UPDATE board_pack SET figures = figures - 'survey' - 'recurrence' - 'spsoComparison' WHERE id = $1`,
      [p.id],
    );
    const html = (
      await download(world, `/board-packs/${p.id}/board-pack.html`, manager())
    ).body.toString();
    expect(html).toContain('<h2>Customer satisfaction</h2>');
    expect(html).toContain('<h2>Did the changes work?</h2>');
    expect(html.match(/not part of the pack when its figures were computed/g)).toHaveLength(2);
    await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
  });

  describe('approved by another manager, then the records change', () => {
    let approved: any;
    beforeAll(async () => {
      const p = await packInReview(world, Q1, manager());
      expect(p.allowedSteps).toEqual(['edit', 'withdraw']);
      const other = (
        await world.gql(BOARD_PACKS, {}, world.org.manager2)
      ).body.data!.boardPacks.find((b: any) => b.id === p.id);
      expect(other.allowedSteps).toContain('approve');
      approved = (
        await must(world, { query: APPROVE_BOARD_PACK, variables: p }, world.org.manager2)
      ).approveBoardPack;
      // a complaint received in the quarter, recorded late
      await insertComplaint(world, world.org, '2026-06-02T10:00:00Z');
    });

    it('is approved, and no one may take another step', () => {
      expect(approved.status).toBe('approved');
      expect(approved.allowedSteps).toEqual([]);
    });

    it('its figures do not change when the records do', async () =>
      expect((await storedFigures(world, approved.id)).indicators.current.received).toBe(3));

    it('refreshing, editing or withdrawing it is refused: BOARD_PACK_FROZEN', async () => {
      expect(
        await errorOf(REFRESH_BOARD_PACK, { id: approved.id, version: approved.version }),
      ).toMatchObject({
        code: 'CONFLICT',
        rule: 'BOARD_PACK_FROZEN',
      });
      expect(
        await errorOf(UPDATE_BOARD_PACK, {
          id: approved.id,
          version: approved.version,
          summary: 'Rewritten',
        }),
      ).toMatchObject({ rule: 'BOARD_PACK_FROZEN' });
      expect(
        await errorOf(WITHDRAW_BOARD_PACK, { id: approved.id, version: approved.version }),
      ).toMatchObject({
        rule: 'BOARD_PACK_FROZEN',
      });
    });

    it('the database refuses any change to an approved pack', async () =>
      await expect(
        world.db.dataSource.query(`UPDATE board_pack SET summary = 'x' WHERE id = $1`, [
          approved.id,
        ]),
      ).rejects.toThrow(/frozen/));

    it('a new draft for the quarter is a later edition, with the figures of today', async () => {
      const p = await draftPack(world, Q1, manager());
      expect(p.edition).toBeGreaterThan(approved.edition);
      expect((await storedFigures(world, p.id)).indicators.current.received).toBe(4);
      await must(world, { query: WITHDRAW_BOARD_PACK, variables: p }, manager());
    });

    it('the HTML is English, titled, with one h1, tables with captions and header scopes, and a print stylesheet', async () => {
      const res = await download(world, `/board-packs/${approved.id}/board-pack.html`, manager());
      expect(res.status).toBe(200);
      const html = res.body.toString();
      expect(html).toContain('<html lang="en-GB">');
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).toContain('complaints board pack, 2026/27 Q1</h1>');
      expect(html).toContain('<caption>Complaints received</caption>');
      expect(html).toContain('<th scope="col">2025/26 Q4 (previous quarter)</th>');
      expect(html).toMatch(/<th scope="row">Received<\/th><td>3<\/td>/);
      expect(html).toContain('@media print');
      expect(html).toContain('<h2>Summary</h2>');
      // the sections wired from the survey, SPSO and learning modules
      expect(html).toContain('<h2>Customer satisfaction</h2>');
      expect(html).toContain(
        '<caption>Satisfaction survey results (share answering 4 or 5 out of 5)</caption>',
      );
      expect(html).toContain('<h2>Did the changes work?</h2>');
      expect(html).toContain(
        '<caption>Effects of improvement actions verified in 2026/27 Q1</caption>',
      );
    });

    it('the Word document has real headings and tables with a header row', async () => {
      const res = await download(world, `/board-packs/${approved.id}/board-pack.docx`, manager());
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const xml = (await unzip(res.body))['word/document.xml']!;
      expect(xml).toContain('w:val="Heading1"');
      expect(xml).toContain('w:val="Heading2"');
      expect(xml).toContain('<w:tbl>');
      expect(xml).toContain('<w:tblHeader/>');
      expect(xml).toContain('Customer satisfaction');
      expect(xml).toContain('Did the changes work?');
    });
  });

  it("downloads: managers and communications may; handlers and action-only staff are refused; signed out is 401; another organisation's pack is not found", async () => {
    const [{ id }] = await world.db.dataSource.query(
      `SELECT id FROM board_pack WHERE organisation_id = $1 LIMIT 1`,
      [world.org.id],
    );
    const expected: Record<string, number> = {
      admin: 200,
      senior_manager: 200,
      manager: 200,
      communications: 200,
      handler: 403,
      staff: 403,
    };
    for (const role of ROLES)
      for (const format of ['html', 'docx'])
        expect(
          (await download(world, `/board-packs/${id}/board-pack.${format}`, world.org.people[role]))
            .status,
          `${role} ${format}`,
        ).toBe(expected[role]);
    expect((await download(world, `/board-packs/${id}/board-pack.html`, null)).status).toBe(401);
    expect(
      (await download(world, `/board-packs/${id}/board-pack.html`, world.other.people.manager))
        .status,
    ).toBe(404);
  });
});
