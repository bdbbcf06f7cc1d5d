import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from './support/must';
import { insertComplaint } from './support/inserted-complaint';
import {
  ADD_ITEM,
  APPROVE,
  CREATE,
  SEND_BACK,
  SUBMIT,
  UPDATE,
  draftPublication,
  inReview,
  type Pub,
} from './support/publications';
import { createWorld, tableCounts, type World } from './support/world';

// docs/procedure.md, Reporting and publishing: review (send back with comments, the last editor
// does not approve, the approver's preview).

const REVIEW = `query($id: ID!) { publication(id: $id) { id version status lastEditedBy { id }
  reviewComments { comment sentBackAt sentBackBy { id } } } }`;
const PREVIEW = `query($id: ID!) { publication(id: $id) { status frozenFigures { smallNumberThreshold } previewHtml } }`;

describe('publication review', () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  const sendBack = (p: Pub, comment: string, as = world.org.people.manager) =>
    world.gql<any>(SEND_BACK, { id: p.id, version: p.version, comment }, as);

  it('sending back needs a comment, and a blank one changes nothing', async () => {
    const p = await inReview(world, world.org);
    const before = await tableCounts(world.db);
    const refused = await sendBack(p, '   ');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'comment',
      rule: 'required',
    });
    expect(await tableCounts(world.db)).toEqual(before);
    const now = (
      await must(world, { query: REVIEW, variables: { id: p.id } }, world.org.people.manager)
    ).publication;
    expect(now.status).toBe('in_review');
  });

  it('an approver sends it back to draft with a comment the author sees, with who and when; audited', async () => {
    const p = await inReview(world, world.org);
    const res = await sendBack(p, ' Say which service changed. ');
    const back = res.body.data.sendBackPublication;
    expect(back.status).toBe('draft');
    expect(back.reviewComments).toEqual([
      {
        id: expect.any(String),
        comment: 'Say which service changed.',
        sentBackAt: '2026-03-20T10:00:00.000Z',
        sentBackBy: { id: world.org.people.manager.id },
      },
    ]);
    const [audit] = await world.db.dataSource.query(
      `SELECT operation, changes FROM audit_log WHERE organisation_id = $1 AND entity_id = $2 AND operation = 'sendBackPublication'`,
      [world.org.id, p.id],
    );
    expect(audit.changes).toMatchObject({ status: 'draft', comment: 'Say which service changed.' });
  });

  it('every comment it was sent back with is kept, newest first', async () => {
    const author = world.org.people.communications;
    let p: Pub = (await sendBack(await inReview(world, world.org), 'First: shorten the title.'))
      .body.data.sendBackPublication;
    p = (await must(world, { query: SUBMIT, variables: p }, author)).submitPublicationForReview;
    world.setNow('2026-03-21T09:00:00Z');
    try {
      await sendBack(p, 'Second: add the figures.', world.org.manager2);
    } finally {
      world.setNow('2026-03-20T10:00:00Z');
    }
    const seen = (await must(world, { query: REVIEW, variables: { id: p.id } }, author))
      .publication;
    expect(seen.reviewComments).toEqual([
      {
        comment: 'Second: add the figures.',
        sentBackAt: '2026-03-21T09:00:00.000Z',
        sentBackBy: { id: world.org.manager2.id },
      },
      {
        comment: 'First: shorten the title.',
        sentBackAt: '2026-03-20T10:00:00.000Z',
        sentBackBy: { id: world.org.people.manager.id },
      },
    ]);
  });

  it('the author does not send back their own publication', async () => {
    const mine = await draftPublication(world, world.org);
    // the communications officer wrote it; a manager's own draft is sent back by nobody but another manager
    const submitted = (
      await must(world, { query: SUBMIT, variables: mine }, world.org.people.communications)
    ).submitPublicationForReview;
    const res = await sendBack(submitted, 'Looks wrong', world.org.people.communications);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an approver who edits the text in review cannot approve that version; another approver can', async () => {
    const manager = world.org.people.manager;
    let p = await inReview(world, world.org);
    p = (
      await must(
        world,
        {
          query: UPDATE,
          variables: { ...p, introduction: 'What your complaints changed, in short.' },
        },
        manager,
      )
    ).updatePublication;
    const before = await tableCounts(world.db);
    const refused = await world.gql<any>(APPROVE, { id: p.id, version: p.version }, manager);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PUBLICATION_OWN_EDIT',
      field: 'lastEditedBy',
    });
    expect(await tableCounts(world.db)).toEqual(before);
    const seen = (await must(world, { query: REVIEW, variables: { id: p.id } }, manager))
      .publication;
    expect(seen).toMatchObject({ status: 'in_review', lastEditedBy: { id: manager.id } });
    const approved = (await must(world, { query: APPROVE, variables: p }, world.org.manager2))
      .approvePublication;
    expect(approved.status).toBe('approved');
  });

  it('the author is the last editor until someone else edits', async () => {
    const p = await draftPublication(world, world.org);
    const seen = (
      await must(world, { query: REVIEW, variables: { id: p.id } }, world.org.people.manager)
    ).publication;
    expect(seen.lastEditedBy).toEqual({ id: world.org.people.communications.id });
  });

  it('the preview is the public page headed "Preview – not published", with the figures approval then freezes; nothing is stored', async () => {
    // six complaints received in the quarter: above the small-number rule, so the figure shows
    for (let i = 0; i < 6; i++) await insertComplaint(world, world.org, '2025-11-10T10:00:00Z');
    const author = world.org.people.communications;
    let p: Pub = (
      await must(
        world,
        { query: CREATE, variables: { kind: 'quarterly', period: '2025-Q4', title: 'Autumn' } },
        author,
      )
    ).createPublication;
    p = (
      await must(
        world,
        { query: UPDATE, variables: { ...p, introduction: 'What changed.' } },
        author,
      )
    ).updatePublication;
    p = (
      await must(
        world,
        {
          query: ADD_ITEM,
          variables: { ...p, youSaid: 'Repairs took too long to book', weDid: 'Online booking' },
        },
        author,
      )
    ).addPublicationItem;
    p = (await must(world, { query: SUBMIT, variables: p }, author)).submitPublicationForReview;
    const manager = world.org.people.manager;
    const preview = (await must(world, { query: PREVIEW, variables: { id: p.id } }, manager))
      .publication;
    expect(preview.status).toBe('in_review');
    expect(preview.frozenFigures).toBeNull();
    expect(preview.previewHtml).toContain('Preview – not published');
    expect(preview.previewHtml).toContain('Repairs took too long to book');
    expect(preview.previewHtml).toContain('<h2 id="figures">Headline figures</h2>');
    const approved = (
      await must(
        world,
        {
          query: `mutation($id: ID!, $version: Int!) { approvePublication(id: $id, version: $version) { frozenFigures { current { received { display } closed { display } } } } }`,
          variables: p,
        },
        manager,
      )
    ).approvePublication;
    const shown = (field: string) =>
      new RegExp(`data-figure="${field}">([^<]*)<`).exec(preview.previewHtml)?.[1];
    expect(shown('received')).toBe('6');
    expect(shown('received')).toBe(approved.frozenFigures.current.received.display);
    expect(shown('closed')).toBe(approved.frozenFigures.current.closed.display);
  });
});
