import {
  assertCanAppend,
  checkClosure,
  localDate,
  type ComplaintEvent,
  type TimelineSettings,
} from '@chp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { londonInstant, type ComplaintBatch } from '../src/demo/generator';
import { Random } from '../src/demo/random';
import { projection, toDomainEvents } from '../src/modules/complaints/journey';
import { SETTINGS, options, all, byComplaint } from './support/demo-fixtures';

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
        // the generator makes no outcome beyond the four: the columns keep their default
        otherOutcome: null,
        otherOutcomeOn: null,
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
          sector: 'housing', // the demo organisation is a housing association (§74)
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
});
