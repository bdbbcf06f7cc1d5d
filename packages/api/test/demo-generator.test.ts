import {
  assertCanAppend,
  checkClosure,
  isWorkingDay,
  localDate,
  scottishBankHolidays,
  type ComplaintEvent,
  type TimelineSettings,
} from '@chp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateActions, type ActionBatch } from '../src/demo/actions';
import {
  generateComplaints,
  londonInstant,
  type ComplaintBatch,
  type GenerateOptions,
} from '../src/demo/generator';
import { Random } from '../src/demo/random';
import { projection, toDomainEvents } from '../src/modules/complaints/journey';
import { DEFAULT_ROOT_CAUSES } from '../src/modules/learning/default-root-causes';

const TODAY = '2026-11-20';
const AREAS = [
  'Repairs and maintenance',
  'Rents and service charges',
  'Estate management',
  'Anti-social behaviour',
  'Allocations and lettings',
  'Customer service',
].map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name }));
const PEOPLE = [
  { id: 'p-admin', role: 'admin' },
  { id: 'p-senior', role: 'senior_manager' },
  { id: 'p-manager', role: 'manager' },
  ...AREAS.map((a, i) => ({ id: `p-handler-${i}`, role: 'handler', serviceAreaId: a.id })),
  { id: 'p-staff-1', role: 'staff' },
  { id: 'p-staff-2', role: 'staff' },
  { id: 'p-comms', role: 'communications' },
];
const ROOT_CAUSES = DEFAULT_ROOT_CAUSES.flatMap((g, i) => [
  { id: `rc-${i}`, name: g.name, parentId: null },
  ...g.children.map((c, j) => ({ id: `rc-${i}-${j}`, name: c, parentId: `rc-${i}` })),
]);
/** A day of industrial action and a local holiday, on top of Scottish bank holidays. */
const SETTINGS: TimelineSettings = {
  cutOffTime: null,
  closureDays: ['2025-06-12', '2025-09-29', '2026-03-05'],
};

function options(over: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    seed: 42,
    count: 5000,
    organisationId: 'org-1',
    serviceAreas: AREAS,
    people: PEOPLE,
    rootCauses: ROOT_CAUSES,
    settings: SETTINGS,
    today: TODAY,
    ...over,
  };
}

function all(opts: GenerateOptions): ComplaintBatch {
  const out: ComplaintBatch = {
    customers: [],
    complaints: [],
    staffMembers: [],
    events: [],
    points: [],
    rootCauses: [],
    candidates: [],
  };
  for (const b of generateComplaints(opts))
    for (const k of Object.keys(out) as (keyof ComplaintBatch)[])
      (out[k] as unknown[]).push(...b[k]);
  return out;
}

function byComplaint<T extends { complaint_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.complaint_id, [...(map.get(r.complaint_id) ?? []), r]);
  return map;
}

describe('demo data generator', () => {
  let data: ComplaintBatch;
  beforeAll(() => {
    data = all(options());
  });

  it('gives byte-identical data for the same seed and size, whatever the batch size, and different data for another seed', () => {
    const small = options({ count: 1500 });
    const a = JSON.stringify(all(small));
    expect(JSON.stringify(all({ ...small, batchSize: 97 }))).toBe(a);
    expect(JSON.stringify(all({ ...small, seed: 43 }))).not.toBe(a);
    expect(JSON.stringify(all({ ...small, stream: 1 }))).not.toBe(a); // a further load into the same organisation
  });

  it('the random generator is the same sequence for the same seed', () => {
    const a = new Random(7, 1);
    const b = new Random(7, 1);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(
      Array.from({ length: 5 }, () => b.uint32()),
    );
    expect(new Random(7, 2).uint32()).not.toBe(new Random(7, 1).uint32());
  });

  it('makes exactly the number of complaints asked for, with unique references CMP-<year of receipt>-<n> numbered in order of receipt', () => {
    expect(data.complaints).toHaveLength(5000);
    const refs = data.complaints.map((c) => c.reference);
    expect(new Set(refs).size).toBe(5000);
    const perYear = new Map<string, number>();
    for (const c of data.complaints) {
      const year = localDate(c.received_at).slice(0, 4);
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      expect(c.reference).toBe(`CMP-${year}-${String(n).padStart(5, '0')}`);
    }
    const continued = all(
      options({ count: 50, referencesUsed: { '2026': 1200 }, from: '2026-10-01' }),
    );
    expect(continued.complaints[0]!.reference).toBe('CMP-2026-01201');
  });

  it('every journey is accepted by the domain step by step, and the stored projection equals projection() of the stored events', () => {
    const events = byComplaint(data.events);
    for (const c of data.complaints) {
      const rows = events.get(c.id)!;
      expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
      expect(rows[0]!.type).toBe('received');
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.at >= rows[i - 1]!.at).toBe(true);
      const stored = rows.map((r) => ({
        type: r.type as never,
        at: new Date(r.at),
        stage: r.stage as 1 | 2 | null,
        payload: r.payload,
      }));
      const domain = toDomainEvents(stored);
      const so_far: ComplaintEvent[] = [];
      for (const e of domain) {
        assertCanAppend(so_far, e, SETTINGS);
        so_far.push(e);
      }
      const p = projection(domain, SETTINGS);
      expect({
        route: c.route,
        currentStage: c.current_stage,
        status: c.status,
        stage1DayOne: c.stage1_day_one,
        stage1DueOn: c.stage1_due_on,
        stage1ExtendedDueOn: c.stage1_extended_due_on,
        stage1ClosedOn: c.stage1_closed_on,
        stage1Outcome: c.stage1_outcome,
        stage1WorkingDays: c.stage1_working_days,
        stage1WithinTimescale: c.stage1_within_timescale,
        stage2DayOne: c.stage2_day_one,
        stage2DueOn: c.stage2_due_on,
        stage2ExtendedDueOn: c.stage2_extended_due_on,
        stage2AcknowledgeBy: c.stage2_acknowledge_by,
        stage2AcknowledgedOn: c.stage2_acknowledged_on,
        stage2ClosedOn: c.stage2_closed_on,
        stage2Outcome: c.stage2_outcome,
        stage2WorkingDays: c.stage2_working_days,
        stage2WithinTimescale: c.stage2_within_timescale,
      }).toEqual(p);
      expect(c.version).toBe(rows.length);
    }
  });

  it('every closure carries what the API requires: outcome, agreement when resolved, sign-off and SPSO signposting at stage 2, never SPSO at stage 1', () => {
    const events = byComplaint(data.events);
    let resolved = 0;
    for (const c of data.complaints) {
      const rows = events.get(c.id)!;
      for (const close of rows.filter((r) => r.type === 'closed')) {
        const p = close.payload as Record<string, any>;
        const signOff = rows
          .filter((r) => r.type === 'signed_off' && r.stage === close.stage && r.at <= close.at)
          .at(-1);
        if (close.stage === 2) expect(p['signedOffById']).toBe((signOff!.payload as any).byId);
        checkClosure({
          stage: close.stage as 1 | 2,
          outcome: p['outcome'],
          resolution: p['resolution'] ?? null,
          signOff: signOff
            ? { byId: (signOff.payload as any).byId, empowered: (signOff.payload as any).empowered }
            : null,
          spsoSignposted: p['spsoSignposted'],
          tribunalCase: p['tribunalCase'],
          tribunalSignposted: p['tribunalSignposted'],
        });
        if (p['outcome'] === 'resolved') {
          resolved++;
          expect(p['resolution'].customerAgreedOn <= localDate(close.at)).toBe(true);
        }
      }
    }
    expect(resolved).toBeGreaterThan(100);
  });

  it('has a realistic mix on 5,000 complaints', () => {
    const cs = data.complaints;
    const n = cs.length;
    const share = (f: (c: (typeof cs)[number]) => boolean) => cs.filter(f).length / n;
    const stage1Only = share(
      (c) => c.route === 'stage1' && c.stage1_closed_on !== null && c.escalated_at === null,
    );
    const escalatedAfterClosure =
      cs.filter(
        (c) => c.route === 'stage1' && c.stage1_closed_on !== null && c.escalated_at !== null,
      ).length / cs.filter((c) => c.stage1_closed_on !== null).length;
    const direct = share((c) => c.route === 'stage2_direct');
    expect(stage1Only).toBeGreaterThan(0.65);
    expect(stage1Only).toBeLessThan(0.85);
    expect(escalatedAfterClosure).toBeGreaterThan(0.07);
    expect(escalatedAfterClosure).toBeLessThan(0.17);
    expect(direct).toBeGreaterThan(0.08);
    expect(direct).toBeLessThan(0.16);
    for (const outcome of ['resolved', 'upheld', 'partially_upheld', 'not_upheld']) {
      expect(cs.filter((c) => c.stage1_outcome === outcome).length).toBeGreaterThan(50);
      expect(cs.filter((c) => c.stage2_outcome === outcome).length).toBeGreaterThan(5);
    }
    expect(cs.filter((c) => c.stage1_extended_due_on !== null).length).toBeGreaterThan(100);
    expect(cs.filter((c) => c.stage2_extended_due_on !== null).length).toBeGreaterThan(50);
    expect(cs.filter((c) => c.stage1_within_timescale === false).length).toBeGreaterThan(100);
    expect(cs.filter((c) => c.stage2_within_timescale === false).length).toBeGreaterThan(30);
    expect(
      cs.filter((c) => c.stage1_within_timescale === true).length /
        cs.filter((c) => c.stage1_closed_on).length,
    ).toBeGreaterThan(0.6);
    // some still open, all of them recent
    const open = cs.filter((c) => c.status === 'open');
    expect(open.length).toBeGreaterThan(10);
    expect(open.length / n).toBeLessThan(0.05);
    for (const c of open) expect(localDate(c.received_at) >= '2026-05-01').toBe(true);
    // closures on non-working days, receipts on bank holidays and closure days
    const nonWorking = (d: string | null) => d !== null && !isWorkingDay(d, SETTINGS);
    expect(
      cs.filter((c) => nonWorking(c.stage1_closed_on) || nonWorking(c.stage2_closed_on)).length,
    ).toBeGreaterThan(10);
    const bankHolidays = new Set(
      [2022, 2023, 2024, 2025, 2026].flatMap((y) => [...scottishBankHolidays(y)]),
    );
    const receivedOn = cs.map((c) => localDate(c.received_at));
    expect(
      receivedOn.filter(
        (d) => bankHolidays.has(d) && new Date(`${d}T00:00:00Z`).getUTCDay() % 6 !== 0,
      ).length,
    ).toBeGreaterThan(3);
    expect(
      receivedOn.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())).length,
    ).toBeGreaterThan(50);
    // escalations out of time carry exceptional circumstances; SPSO decisions on a few stage 2 closures
    expect(
      cs.filter((c) => c.escalation_exceptional_circumstances !== null).length,
    ).toBeGreaterThan(0);
    expect(cs.filter((c) => c.spso_decision !== null).length).toBeGreaterThan(10);
    for (const c of cs.filter((x) => x.spso_decision))
      expect(c.spso_decided_on! >= c.stage2_closed_on!).toBe(true);
    // contact updates while stage 2 is extended, points of complaint with findings
    expect(data.events.filter((e) => e.type === 'contact_update').length).toBeGreaterThan(5);
    expect(data.points.filter((p) => p.finding === 'upheld').length).toBeGreaterThan(50);
    // root causes on most closed complaints
    const withCause = new Set(data.rootCauses.map((r) => r.complaint_id));
    const closed = cs.filter((c) => c.status === 'closed');
    expect(closed.filter((c) => withCause.has(c.id)).length / closed.length).toBeGreaterThan(0.75);
    // every channel is used
    expect(new Set(cs.map((c) => c.channel)).size).toBe(7);
  });

  it('spreads over four years with seasonality and a service area that has had no complaints recently', () => {
    const cs = data.complaints;
    const years = new Set(cs.map((c) => localDate(c.received_at).slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025', '2026']);
    const repairs = AREAS[0]!.id;
    const months = (c: (typeof cs)[number]) => Number(localDate(c.received_at).slice(5, 7));
    const winter = cs.filter(
      (c) => c.service_area_id === repairs && [1, 2].includes(months(c)),
    ).length;
    const summer = cs.filter(
      (c) => c.service_area_id === repairs && [6, 7].includes(months(c)),
    ).length;
    expect(winter).toBeGreaterThan(summer * 1.3);
    const lateDecember = cs.filter((c) => localDate(c.received_at).slice(5) >= '12-22').length;
    const earlyDecember = cs.filter((c) => {
      const d = localDate(c.received_at).slice(5);
      return d >= '12-01' && d <= '12-10';
    }).length;
    expect(lateDecember).toBeLessThan(earlyDecember);
    const allocations = AREAS[4]!.id;
    const quiet = cs.filter((c) => c.service_area_id === allocations);
    expect(quiet.length).toBeGreaterThan(100);
    expect(quiet.filter((c) => localDate(c.received_at) > '2026-03-01')).toHaveLength(0);
    // most receipts in office hours, some in the evening
    const hour = (c: (typeof cs)[number]) =>
      Number(
        new Date(c.received_at).toLocaleString('en-GB', {
          timeZone: 'Europe/London',
          hour: '2-digit',
          hourCycle: 'h23',
        }),
      );
    const office = cs.filter((c) => hour(c) >= 8 && hour(c) < 17).length / cs.length;
    expect(office).toBeGreaterThan(0.7);
    expect(cs.filter((c) => hour(c) >= 18).length).toBeGreaterThan(50);
  });

  it('customers are clearly synthetic: drama-range telephone numbers, example.org e-mail, Scottish postcodes', () => {
    for (const c of data.customers) {
      if (c.phone) expect(c.phone).toMatch(/^(0141 496 0\d{3}|07700 900\d{3})$/);
      if (c.email) expect(c.email).toMatch(/@example\.org$/);
      if (c.postcode) expect(c.postcode).toMatch(/^(G|ML|PA)\d{1,2} \d[A-Z]{2}$/);
    }
    expect(data.customers.length).toBeGreaterThan(4700);
  });

  it('local times are converted to the right instant in winter and in summer', () => {
    expect(new Date(londonInstant('2026-01-15', 9 * 60)).toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(new Date(londonInstant('2026-07-15', 9 * 60)).toISOString()).toBe(
      '2026-07-15T08:00:00.000Z',
    );
    expect(new Date(londonInstant('2026-03-29', 12 * 60)).toISOString()).toBe(
      '2026-03-29T11:00:00.000Z',
    ); // the day BST starts
    expect(new Date(londonInstant('2026-10-25', 12 * 60)).toISOString()).toBe(
      '2026-10-25T12:00:00.000Z',
    ); // the day it ends
  });

  it('journeys of an organisation with a 17:00 cut-off are valid too', () => {
    const settings: TimelineSettings = { cutOffTime: '17:00', closureDays: [] };
    const d = all(options({ count: 800, settings, seed: 5 }));
    const events = byComplaint(d.events);
    for (const c of d.complaints) {
      const domain = toDomainEvents(
        events.get(c.id)!.map((r) => ({
          type: r.type as never,
          at: new Date(r.at),
          stage: r.stage as 1 | 2 | null,
          payload: r.payload,
        })),
      );
      expect(projection(domain, settings).stage1DayOne).toBe(c.stage1_day_one);
    }
  });

  describe('improvement actions', () => {
    let actions: ActionBatch;
    beforeAll(() => {
      actions = generateActions({
        seed: 42,
        organisationId: 'org-1',
        candidates: data.candidates,
        people: PEOPLE,
        rootCauses: ROOT_CAUSES,
        count: 120,
        today: TODAY,
      });
    });

    it('include every status, overdue ones as of today, and verified ones found effective and not effective', () => {
      const statuses = new Set(actions.actions.map((a) => a.status));
      for (const s of ['proposed', 'authorised', 'in_progress', 'done', 'verified', 'cancelled'])
        expect(statuses).toContain(s);
      const open = ['proposed', 'authorised', 'in_progress'];
      expect(
        actions.actions.filter((a) => open.includes(a.status) && a.target_date < TODAY).length,
      ).toBeGreaterThan(3);
      expect(
        actions.actions.filter((a) => a.status === 'verified' && a.effectiveness === 'effective')
          .length,
      ).toBeGreaterThan(3);
      expect(
        actions.actions.filter(
          (a) => a.status === 'verified' && a.effectiveness === 'not_effective',
        ).length,
      ).toBeGreaterThan(0);
    });

    it('have owners in several roles including staff, a manager who authorised them, target dates, links, progress and public summaries', () => {
      const roleOf = new Map(PEOPLE.map((p) => [p.id, p.role]));
      expect(new Set(actions.actions.map((a) => roleOf.get(a.owner_id)))).toContain('staff');
      for (const a of actions.actions) {
        if (a.authorised_by_id)
          expect(['admin', 'senior_manager', 'manager']).toContain(roleOf.get(a.authorised_by_id));
        expect(
          a.target_date > a.created_at.slice(0, 10) || a.target_date === a.created_at.slice(0, 10),
        ).toBe(true);
        if (a.completed_on) expect(a.completed_on <= TODAY).toBe(true);
        if (a.status === 'verified' && a.effectiveness !== 'not_effective' && a.monitoring_until)
          expect(a.verified_on! >= a.monitoring_until).toBe(true);
        expect(actions.complaints.some((l) => l.action_id === a.id)).toBe(true);
        expect(actions.rootCauses.some((l) => l.action_id === a.id)).toBe(true);
      }
      expect(actions.progress.length).toBeGreaterThan(50);
      expect(
        actions.actions.filter((a) => a.public_summary?.startsWith('You told us')).length,
      ).toBeGreaterThan(20);
      expect(
        JSON.stringify(
          generateActions({
            seed: 42,
            organisationId: 'org-1',
            candidates: data.candidates,
            people: PEOPLE,
            rootCauses: ROOT_CAUSES,
            count: 120,
            today: TODAY,
          }),
        ),
      ).toBe(JSON.stringify(actions));
    });
  });
});
