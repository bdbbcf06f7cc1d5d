import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doneAction } from './support/improvement-actions';
import { insertComplaint } from './support/inserted-complaint';
import { must } from './support/must';
import {
  ADD_ITEM,
  APPROVE,
  CREATE,
  draftPublication,
  PUBLISH,
  published,
  SUBMIT,
  UPDATE,
  WITHDRAW,
  afterThePeriod,
} from './support/publications';
import { createWorld, WORLD_BASE_URL, type World } from './support/world';
import { csvCell } from '../src/surfaces/public/figures-csv';
import { FIGURE_LABELS, PERIOD_FIGURE_FIELDS } from '../src/surfaces/public/figure-labels';
import { cells } from './support/public-page';

const FROZEN = `query($id: ID!) { publication(id: $id) { frozenFigures { current { label ${PERIOD_FIGURE_FIELDS.map((f) => `${f} { display }`).join(' ')} }
  previous { label ${PERIOD_FIGURE_FIELDS.map((f) => `${f} { display }`).join(' ')} } } } }`;
const displays = (period: Record<string, any>) =>
  Object.fromEntries(PERIOD_FIGURE_FIELDS.map((f) => [f, period[f].display]));

describe('the public site at /public (server-rendered, no sign-in)', () => {
  let world: World;
  let slug: string;
  let id: string;
  let path: string;
  let frozen: any;
  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`${world.url}${p}`, { headers: { accept: 'text/html', ...headers } });

  beforeAll(async () => {
    world = await createWorld('2026-03-20T10:00:00Z');
    [{ slug }] = await world.db.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
    for (let i = 0; i < 7; i++) await insertComplaint(world, world.org, '2026-02-10T10:00:00Z');
    const comms = world.org.people.communications;
    const action = await doneAction(world, world.org, world.org.people.staff.id);
    // everything above happened in the period; it is published once the period has ended
    await afterThePeriod(world);
    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: {
            kind: 'quarterly',
            period: '2026-Q1',
            title: 'You said, we did: January to March 2026',
          },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        {
          query: UPDATE,
          variables: {
            ...p,
            introduction: 'What your complaints changed.\n\nThank you for telling us.',
          },
        },
        comms,
      )
    ).updatePublication;
    p = (
      await must(
        world,
        {
          query: ADD_ITEM,
          variables: {
            ...p,
            youSaid: 'Nobody called back <b>after</b> a repair & the mess',
            weDid: 'We now call back within one working day',
            actionIds: [action.id],
          },
        },
        comms,
      )
    ).addPublicationItem;
    p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
    p = (await must(world, { query: APPROVE, variables: p }, world.org.people.manager))
      .approvePublication;
    p = (await must(world, { query: PUBLISH, variables: p }, comms)).publishPublication;
    id = p.id;
    path = `/public/${slug}/${id}`;
    frozen = (await must(world, { query: FROZEN, variables: { id } }, world.org.people.manager))
      .publication.frozenFigures;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('the page shows every headline figure exactly as frozen at approval, the previous period beside it', async () => {
    const html = await (await get(path)).text();
    expect(cells(html)).toEqual(displays(frozen.current));
    expect(cells(html, 'data-figure-previous')).toEqual(displays(frozen.previous));
    expect(cells(html).received).toBe('7');
  });

  it('the page is English (UK), titled, with a skip link to the main landmark and the publication as its only h1', async () => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(
      /<title>You said, we did: January to March 2026 – .+ Housing Association<\/title>/,
    );
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<main id="main"');
    expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual([
      'You said, we did: January to March 2026',
    ]);
  });

  it('the items show as "you said, we did" with their service, and public text is shown as text, never as markup', async () => {
    const html = await (await get(path)).text();
    expect(html).toContain(
      '<dt>You said</dt><dd>Nobody called back &lt;b&gt;after&lt;/b&gt; a repair &amp; the mess</dd>',
    );
    expect(html).toContain('<dt>We did</dt><dd>We now call back within one working day</dd>');
    expect(html).toContain('<dt>Service</dt><dd>Repairs</dd>');
    expect(html).not.toContain('<b>after</b>');
  });

  it('every chart is a named image whose figures are also in a table on the page', async () => {
    const html = await (await get(path)).text();
    const charts = [...html.matchAll(/<svg role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['Outcomes of complaints closed, January to March 2026 (bar chart)']);
    expect(html).toContain('The same figures are in the table “Headline figures” above.');
    for (const f of ['resolved', 'upheld', 'partiallyUpheld', 'notUpheld'])
      expect(html).toContain(`data-figure="${f}"`);
  });

  it('pages run no script and load nothing from elsewhere: a strict Content-Security-Policy, no <script>, a short public cache', async () => {
    const res = await get(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).not.toMatch(/<script|<link|<img|<iframe/);
  });

  it('changing the underlying data after approval does not change the published page (complaints, service names, action summaries)', async () => {
    const before = await (await get(path)).text();
    for (let i = 0; i < 5; i++) await insertComplaint(world, world.org, '2026-03-02T10:00:00Z');
    await world.db.dataSource.query(
      `UPDATE service_area SET name = 'Repairs and maintenance' WHERE organisation_id = $1 AND name = 'Repairs'`,
      [world.org.id],
    );
    await world.db.dataSource.query(
      `UPDATE improvement_action SET public_summary = 'Changed after approval' WHERE organisation_id = $1`,
      [world.org.id],
    );
    const live = await must(
      world,
      { query: '{ spsoIndicators(period: { quarter: "2026-Q1" }) { received } }' },
      world.org.people.senior_manager,
    );
    expect(live.spsoIndicators.received).toBe(12);
    expect(await (await get(path)).text()).toBe(before);
    await world.db.dataSource.query(
      `UPDATE service_area SET name = 'Repairs' WHERE organisation_id = $1 AND name = 'Repairs and maintenance'`,
      [world.org.id],
    );
  });

  it('a report page costs the same few SQL statements however many items it has (no N+1)', async () => {
    const one = await published(world, world.org);
    const statements = async (p: string) => Number((await get(p)).headers.get('x-sql-statements'));
    expect(await statements(path)).toBe(await statements(`/public/${slug}/${one.id}`));
    expect(await statements(path)).toBeLessThanOrEqual(3);
    // three items on the same report: still the same count
    await world.db.dataSource.query(
      `INSERT INTO publication_item (organisation_id, id, publication_id, position, you_said, we_did)
       SELECT organisation_id, gen_random_uuid(), publication_id, position + n, you_said, we_did FROM publication_item, generate_series(1, 2) n
        WHERE organisation_id = $1 AND publication_id = $2`,
      [world.org.id, one.id],
    );
    expect(await statements(`/public/${slug}/${one.id}`)).toBe(await statements(path));
    expect(
      (await (await get(`/public/${slug}/${one.id}`)).text()).match(/<dt>You said<\/dt>/g),
    ).toHaveLength(3);
  });

  it('the CSV download holds the same figures as the page, named after the organisation and period', async () => {
    const res = await get(`${path}/figures.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${slug}-2026-Q1-figures.csv"`,
    );
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Figure,January to March 2026,October to December 2025');
    const page = cells(await (await get(path)).text());
    const previous = cells(await (await get(path)).text(), 'data-figure-previous');
    expect(lines.slice(1, 1 + PERIOD_FIGURE_FIELDS.length)).toEqual(
      PERIOD_FIGURE_FIELDS.map((f) =>
        [FIGURE_LABELS[f], page[f]!, previous[f]!].map(csvCell).join(','),
      ),
    );
  });

  it('the HTML download is the same report in one self-contained file: same figures, inline style, no script, only absolute links', async () => {
    const res = await get(`${path}/report.html`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${slug}-2026-Q1-report.html"`,
    );
    const html = await res.text();
    expect(cells(html)).toEqual(cells(await (await get(path)).text()));
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => h !== '#main' && !h.startsWith('http'))).toEqual([]);
    expect(html).toContain(`Downloaded on 1 April 2026 from <a href="${WORLD_BASE_URL}${path}">`);
  });

  it('the HTML download links to PUBLIC_BASE_URL, not to the Host header a client sent', async () => {
    const html = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        `${world.url}${path}/report.html`,
        { headers: { host: 'attacker.example' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c));
          res.on('end', () => resolve(body));
        },
      );
      req.on('error', reject);
    });
    expect(html).toContain(`<a href="${WORLD_BASE_URL}${path}">`);
    expect(html).not.toContain('attacker.example');
  });

  it('the index lists the organisations that have published, and an organisation lists its published reports', async () => {
    const index = await (await get('/public')).text();
    expect(index).toContain(`<a href="/public/${slug}">`);
    const list = await (await get(`/public/${slug}`)).text();
    expect(list).toContain(`<a href="${path}">You said, we did: January to March 2026</a>`);
  });

  it("a draft, an approved, a withdrawn or another organisation's publication, an unknown address or id: 404 with a page that says so", async () => {
    const comms = world.org.people.communications;
    const draft = await draftPublication(world, world.org);
    const gone = await published(world, world.org);
    await must(world, { query: WITHDRAW, variables: { ...gone, reason: 'Wrong quarter' } }, comms);
    const theirs = await published(world, world.other);
    const paths = [
      `/public/${slug}/${draft.id}`,
      `/public/${slug}/${gone.id}`,
      `/public/${slug}/${theirs.id}`,
      `/public/${slug}/${theirs.id}/figures.csv`,
      `/public/${slug}/${draft.id}/report.html`,
      `/public/${slug}/not-an-id`,
      '/public/no-such-organisation',
      `${path}/more`,
    ];
    for (const p of paths) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).toContain('<h1>Page not found</h1>');
    }
    expect(await (await get(`/public/${slug}`)).text()).not.toContain(gone.id);
  });
});
