import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_FIGURE_FIELDS,
  STATISTICS_CSV_COLUMNS,
  arcIndicators,
  arcReceipts,
  reconcileArcWithSpso,
  spsoIndicators,
  spsoReturnInput,
  spsoReturnRows,
  statisticsCells,
  statisticsRowProblems,
  statisticsRows,
  type ComplaintChannel,
  type ComplaintEvent,
  type TimelineSettings,
} from '@chp/domain';
import { Role } from '../src/core/role';
import {
  loadTimelineSettings,
  toDomainEvents,
  type StoredEvent,
} from '../src/modules/complaints/journey';
import { loadDemoData, withPgClient } from '../src/demo/loader';
import { csvRows, download } from './support/downloads';
import { recordFirstContacts } from './support/first-contacts';
import { createWorld, type World } from './support/world';
import { RETURNS_QUERY } from './operations/returns.operations';
import { INDICATORS_QUERY } from './operations/analytics.operations';
import { must } from './support/must';
import { CREATE, SUBMIT, UPDATE } from './support/publications';

/**
 * The regulator returns (docs/procedure.md, Regulator returns) for generated years on real
 * PostgreSQL: every SPSO-layout and ARC figure equals a recount by @chp/domain's reference folded
 * from the same stored journeys; the reconciliation explains every difference; the
 * statistics.gov.scot CSV validates against its column list and equals the domain's cube.
 */

const TODAY = '2026-11-20';
const POPULATION = 2400;
const YEARS = [
  ['financial year 2024/25', 2024, { from: '2024-04-01', to: '2025-03-31' }],
  ['financial year 2025/26', 2025, { from: '2025-04-01', to: '2026-03-31' }],
] as const;

type Journey = { events: ComplaintEvent[]; category: string; channel: ComplaintChannel };

describe('regulator returns equal @chp/domain on generated years', () => {
  let world: World;
  let settings: TimelineSettings;
  let journeys: Journey[];
  let orgName: string;

  beforeAll(async () => {
    world = await createWorld(`${TODAY}T12:00:00Z`);
    const ds = world.db.dataSource;
    await ds.query(
      `UPDATE organisation SET population = $2, population_label = NULL, sector = 'housing' WHERE id = $1`,
      [world.org.id, POPULATION],
    );
    await withPgClient(ds, async (client) => {
      await loadDemoData(client, {
        organisationId: world.org.id,
        count: 1500,
        seed: 18042026,
        today: TODAY,
      });
      // another organisation's complaints share the tables and must never be counted
      await loadDemoData(client, {
        organisationId: world.other.id,
        count: 300,
        seed: 5,
        today: TODAY,
      });
    });
    // not a complaint, withdrawn, out of time and duplicate beside the generated complaints
    await recordFirstContacts(world, world.org);
    settings = await loadTimelineSettings(ds.manager, world.org.id);
    [{ name: orgName }] = await ds.query(`SELECT name FROM organisation WHERE id = $1`, [
      world.org.id,
    ]);
    const facts = new Map<string, { category: string; channel: ComplaintChannel }>(
      (
        await ds.query<{ id: string; category: string; channel: ComplaintChannel }[]>(
          `SELECT id, category, channel FROM complaint WHERE organisation_id = $1`,
          [world.org.id],
        )
      ).map((r) => [r.id, { category: r.category, channel: r.channel }]),
    );
    const rows: (StoredEvent & { complaint_id: string })[] = await ds.query(
      `SELECT complaint_id, type, at, stage, payload FROM complaint_event WHERE organisation_id = $1 ORDER BY complaint_id, sequence`,
      [world.org.id],
    );
    const byComplaint = new Map<string, StoredEvent[]>();
    for (const r of rows)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), r]);
    journeys = [...byComplaint.entries()].map(([id, events]) => ({
      events: toDomainEvents(events),
      ...facts.get(id)!,
    }));
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  const returnsFor = async (financialYear: number) => {
    const res = await world.gql<any>(
      RETURNS_QUERY,
      { period: { financialYear } },
      world.org.people[Role.manager],
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.regulatorReturns;
  };

  it('the generated years hold escalations from the year before, direct stage 2 and both stages closed', () => {
    const [, , year] = YEARS[1];
    const r = arcReceipts(journeys, year, settings);
    expect(r.escalated).toBeGreaterThan(10);
    expect(r.receivedAtStage2).toBeGreaterThan(10);
    const fromBefore = journeys.filter((j) => {
      const received = j.events.find((e) => e.type === 'received')!.at;
      const escalated = j.events.find((e) => e.type === 'escalated')?.at;
      return escalated && received < year.from && escalated >= `${year.from}T12:00:00Z`;
    });
    expect(fromBefore.length).toBeGreaterThan(0);
  });

  for (const [name, financialYear, year] of YEARS) {
    describe(name, () => {
      it('every ARC figure equals the domain recount (an escalated complaint at both stages)', async () => {
        const r = await returnsFor(financialYear);
        expect(r.period).toMatchObject(year);
        const arc = arcIndicators(journeys, year, settings);
        expect(r.arc).toEqual(arc);
        expect(r.receipts).toEqual(arcReceipts(journeys, year, settings));
      });

      it('every SPSO-layout figure equals the domain recount, per 1,000 homes included', async () => {
        const r = await returnsFor(financialYear);
        const expected = spsoReturnRows(spsoReturnInput(spsoIndicators(journeys, year, settings)), {
          count: POPULATION,
          wording: 'homes',
        });
        expect(r.spso).toHaveLength(expected.length);
        r.spso.forEach((line: any, i: number) => {
          const want = expected[i]!;
          expect(line).toMatchObject({
            indicator: want.indicator,
            label: want.label,
            unit: want.unit,
          });
          for (const k of ['stage1', 'stage2Direct', 'stage2Escalated', 'all'] as const)
            if (want[k] === null) expect(line[k], `${want.label} ${k}`).toBeNull();
            else expect(line[k], `${want.label} ${k}`).toBeCloseTo(want[k], 9);
        });
        expect(r.populationWording).toBe('homes');
      });

      it('the reconciliation lists every difference: SPSO figure + differences = the domain ARC figure', async () => {
        const r = await returnsFor(financialYear);
        const arc = arcIndicators(journeys, year, settings);
        const arcValue: Record<string, number | null> = {
          stage1Received: arc.stage1.received,
          stage2Received: arc.stage2.received,
          allReceived: arc.stage1.received + arc.stage2.received,
          stage1RespondedInFull: arc.stage1.respondedInFull,
          stage2RespondedInFull: arc.stage2.respondedInFull,
          stage1WithinTimescale: arc.stage1.withinTimescale,
          stage2WithinTimescale: arc.stage2.withinTimescale,
          stage1AverageWorkingDays: arc.stage1.averageWorkingDays,
          stage2AverageWorkingDays: arc.stage2.averageWorkingDays,
        };
        expect(r.reconciliation.map((l: any) => l.figure).sort()).toEqual(
          Object.keys(arcValue).sort(),
        );
        for (const line of r.reconciliation) {
          const explained =
            line.spsoValue + line.differences.reduce((n: number, d: any) => n + d.value, 0);
          expect(explained, line.figure).toBeCloseTo(arcValue[line.figure]!, 6);
          expect(line.unexplained, line.figure).toBe(0);
        }
        const all = r.reconciliation.find((l: any) => l.figure === 'allReceived');
        expect(all.differences).toEqual([
          {
            reason: expect.stringMatching(/escalated/),
            value: arcReceipts(journeys, year, settings).escalated,
          },
        ]);
        // the same rows the domain gives from its own reference figures
        const spso = spsoReturnInput(spsoIndicators(journeys, year, settings));
        const reference = reconcileArcWithSpso(spso, arcReceipts(journeys, year, settings), arc);
        expect(r.reconciliation.map((l: any) => l.differences.map((d: any) => d.reason))).toEqual(
          reference.map((l) => l.differences.map((d) => d.reason)),
        );
      });

      it('the statistics.gov.scot CSV: the column list, every row valid, every observation the domain cube', async () => {
        const res = await download(
          world,
          `/exports/returns/statistics.csv?financialYear=${financialYear}`,
          world.org.people[Role.senior_manager],
        );
        expect(res.status, String(res.body)).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        const [header, ...lines] = csvRows(res.body);
        expect(header).toEqual([...STATISTICS_CSV_COLUMNS]);
        const rows = lines.map((l) =>
          Object.fromEntries(header!.map((k, i) => [k, k === 'Value' ? Number(l[i]) : l[i]])),
        );
        expect(rows.length).toBeGreaterThan(20);
        for (const row of rows) expect(statisticsRowProblems(row), JSON.stringify(row)).toEqual([]);
        const expected = statisticsRows(statisticsCells(journeys, year, settings), {
          organisation: orgName,
          period: year,
          population: { count: POPULATION, wording: 'homes' },
        });
        expect(rows).toEqual(expected);
        expect(rows.every((r) => r['DateCode'] === `${financialYear}/${financialYear + 1}`)).toBe(
          true,
        );
      });
    });
  }

  // one annual report for 2025/26 (one live publication per kind and period), approved once
  let annualReport: Promise<any> | undefined;
  const approvedAnnualReport = () => (annualReport ??= approveAnnualReport());
  async function approveAnnualReport() {
    const comms = world.org.people.communications;
    let p = (
      await must(
        world,
        {
          query: CREATE,
          variables: { kind: 'annual', period: '2025/26', title: 'Complaints report 2025/26' },
        },
        comms,
      )
    ).createPublication;
    p = (
      await must(
        world,
        { query: UPDATE, variables: { ...p, introduction: 'How we handled complaints.' } },
        comms,
      )
    ).updatePublication;
    p = (await must(world, { query: SUBMIT, variables: p }, comms)).submitPublicationForReview;
    return (
      await must(
        world,
        {
          query: `mutation($id: ID!, $version: Int!) { approvePublication(id: $id, version: $version) { frozenFigures { smallNumberThreshold
            current { ${ANNUAL_REPORT_FIGURE_FIELDS.map((f) => `${f} { value display }`).join(' ')} }
            annualReport {
            indicators { indicator label unit stage1 { value display } stage2Direct { value display } stage2Escalated { value display } all { value display } } } } } }`,
          variables: { id: p.id, version: p.version },
        },
        world.org.people.manager,
      )
    ).approvePublication.frozenFigures;
  }
  const indicatorsPage = async () =>
    (
      await must(
        world,
        { query: INDICATORS_QUERY, variables: { period: { financialYear: 2025 } } },
        world.org.people.manager,
      )
    ).spsoIndicators;

  it("the annual report's headline figures are the indicator set's own: each equals the indicators page for the year", async () => {
    const current = (await approvedAnnualReport()).current;
    const page = await indicatorsPage();
    const s1 = page.stages.stage1;
    const allWithin = ['stage1', 'stage2Direct', 'stage2Escalated'].reduce(
      (n, b) => n + page.stages[b].withinTimescale,
      0,
    );
    expect(page.closed).toBeGreaterThan(100);
    expect(current.received.value).toBe(page.received);
    expect(current.closed.value).toBe(page.closed);
    expect(current.withinTimescaleShare.value).toBeCloseTo(allWithin / page.closed, 9);
    expect(current.stage1Closed.value).toBe(s1.closed);
    expect(current.stage1WithinTimescaleShare.value).toBeCloseTo(s1.withinTimescaleShare, 9);
    expect(current.stage1AverageWorkingDays.value).toBeCloseTo(s1.averageWorkingDays, 9);
    expect(current.stage1Extended.value).toBe(s1.extended);
  });

  it('the annual report publishes the SPSO indicator set exactly: every figure shown equals the indicators page for the year', async () => {
    const approved = await approvedAnnualReport();
    const page = await indicatorsPage();
    const lines: any[] = approved.annualReport.indicators;
    const buckets = ['stage1', 'stage2Direct', 'stage2Escalated'] as const;
    const outcome = {
      resolved: 'resolved',
      upheld: 'upheld',
      'partially upheld': 'partiallyUpheld',
      'not upheld': 'notUpheld',
    } as const;
    // the indicators page's figure for each line and bucket
    const onPage = (label: string, b: (typeof buckets)[number]): number | null => {
      const s = page.stages[b];
      if (label === 'Complaints closed') return s.closed;
      if (label === 'Share of all closures') return s.shareOfAllClosures;
      if (label === 'Average working days to close') return s.averageWorkingDays;
      if (label === 'Closed within the timescale') return s.withinTimescale;
      if (label === 'Share closed within the timescale') return s.withinTimescaleShare;
      if (label === 'Closures with an extended timescale') return s.extended;
      if (label === 'Share with an extended timescale') return s.extendedShare;
      const [, kind, words] = /^(Closures|Share) (.+)$/.exec(label)!;
      const o = s.outcomes[outcome[words as keyof typeof outcome]];
      return kind === 'Closures' ? o.count : o.share;
    };
    expect(lines[0]).toMatchObject({ label: 'Complaints received', all: { value: page.received } });
    expect(lines[1].label).toBe('Complaints received per 1,000 homes');
    expect(lines[1].all.value).toBeCloseTo(page.receivedPerThousand, 9);
    let shown = 0;
    for (const line of lines.slice(2))
      for (const b of buckets) {
        const want = onPage(line.label, b);
        if (line[b].value === null) continue; // withheld under the small-number rule
        shown++;
        expect(line[b].value, `${line.label} ${b}`).toBeCloseTo(want!, 9);
      }
    expect(shown).toBeGreaterThan(40);
    expect(lines.find((l) => l.label === 'Complaints closed').all.value).toBe(page.closed);
  });
});
