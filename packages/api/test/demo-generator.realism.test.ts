import { isWorkingDay, localDate, scottishBankHolidays } from '@chp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateActions, type ActionBatch } from '../src/demo/actions';
import { type ComplaintBatch } from '../src/demo/generator';
import { TODAY, AREAS, PEOPLE, ROOT_CAUSES, SETTINGS, options, all } from './support/demo-fixtures';

describe('demo data generator', () => {
  let data: ComplaintBatch;
  beforeAll(() => {
    data = all(options());
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
