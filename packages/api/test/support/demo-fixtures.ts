import type { TimelineSettings } from '@chp/domain';
import {
  generateComplaints,
  type ComplaintBatch,
  type GenerateOptions,
} from '../../src/demo/generator';
import { DEFAULT_ROOT_CAUSES } from '../../src/modules/learning/default-root-causes';

// The organisation the demo generator tests generate for, and helpers to read what it made.

export const TODAY = '2026-11-20';
export const AREAS = [
  'Repairs and maintenance',
  'Rents and service charges',
  'Estate management',
  'Anti-social behaviour',
  'Allocations and lettings',
  'Customer service',
].map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name }));
export const PEOPLE = [
  { id: 'p-admin', role: 'admin' },
  { id: 'p-senior', role: 'senior_manager' },
  { id: 'p-manager', role: 'manager' },
  ...AREAS.map((a, i) => ({ id: `p-handler-${i}`, role: 'handler', serviceAreaId: a.id })),
  { id: 'p-staff-1', role: 'staff' },
  { id: 'p-staff-2', role: 'staff' },
  { id: 'p-comms', role: 'communications' },
];
export const ROOT_CAUSES = DEFAULT_ROOT_CAUSES.flatMap((g, i) => [
  { id: `rc-${i}`, name: g.name, parentId: null },
  ...g.children.map((c, j) => ({ id: `rc-${i}-${j}`, name: c, parentId: `rc-${i}` })),
]);
/** A day of industrial action and a local holiday, on top of Scottish bank holidays. */
export const SETTINGS: TimelineSettings = {
  cutOffTime: null,
  closureDays: ['2025-06-12', '2025-09-29', '2026-03-05'],
};

export function options(over: Partial<GenerateOptions> = {}): GenerateOptions {
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

export function all(opts: GenerateOptions): ComplaintBatch {
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

export function byComplaint<T extends { complaint_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.complaint_id, [...(map.get(r.complaint_id) ?? []), r]);
  return map;
}
