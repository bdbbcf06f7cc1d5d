import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateActions } from '../src/demo/actions';
import { generateComplaints, type ComplaintBatch } from '../src/demo/generator';
import { DEFAULT_ROOT_CAUSES } from '../src/modules/learning/default-root-causes';

/**
 * The demo data is a function of its seed: these hashes were computed on the generator before it
 * was split into stage builders (commit "demo: pin the generated rows"), so any change to what it
 * generates for seed 42 fails here.
 */
const AREAS = ['Repairs', 'Rents', 'Estates', 'Anti-social behaviour'].map((name, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  name,
}));
const PEOPLE = [
  { id: 'p-admin', role: 'admin' },
  { id: 'p-senior', role: 'senior_manager' },
  { id: 'p-manager', role: 'manager' },
  ...AREAS.map((a, i) => ({ id: `p-handler-${i}`, role: 'handler', serviceAreaId: a.id })),
  { id: 'p-staff-1', role: 'staff' },
  { id: 'p-comms', role: 'communications' },
];
const ROOT_CAUSES = DEFAULT_ROOT_CAUSES.flatMap((g, i) => [
  { id: `rc-${i}`, name: g.name, parentId: null },
  ...g.children.map((c, j) => ({ id: `rc-${i}-${j}`, name: c, parentId: `rc-${i}` })),
]);

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the demo data for a fixed seed is byte-identical', () => {
  const batches: ComplaintBatch[] = [
    ...generateComplaints({
      seed: 42,
      count: 3000,
      organisationId: 'org-1',
      serviceAreas: AREAS,
      people: PEOPLE,
      rootCauses: ROOT_CAUSES,
      settings: { cutOffTime: '16:30', closureDays: ['2025-06-12', '2026-03-05'] },
      today: '2026-11-20',
    }),
  ];
  it('there are 3000 complaints', () =>
    expect(batches.reduce((n, b) => n + b.complaints.length, 0)).toBe(3000));
  it('complaint rows, events, points, root causes and candidates hash as before', () =>
    expect(sha(batches)).toBe('7dfa1135efd49e4566307a5aa0363cd4f80eaa7a229010136c47b2e9a5b99703'));
  it('the improvement actions drawn from them hash as before', () => {
    const candidates = batches.flatMap((b) => b.candidates);
    const actions = generateActions({
      seed: 7,
      count: 60,
      organisationId: 'org-1',
      people: PEOPLE,
      rootCauses: ROOT_CAUSES,
      candidates,
      today: '2026-11-20',
    });
    expect(sha(actions)).toBe('c1e617a698d773a10a17937750e2b0bd8a025be48e15af305741d2b617fd1c59');
  });
});
