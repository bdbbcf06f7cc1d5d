import { describe, expect, it } from 'vitest';
import { journeyDetails, journeyTitle } from './journey';
import { correctionLines } from './journey';

describe('the journey in words', () => {
  it('names each step with its dates and outcome', () => {
    expect(journeyTitle({ type: 'received', stage: 1 })).toBe('Received at stage 1');
    expect(journeyTitle({ type: 'extended', stage: 1, details: { dueOn: '2026-03-12' } })).toBe(
      'Stage 1 extended to 12 Mar 2026',
    );
    expect(
      journeyTitle({ type: 'closed', stage: 2, details: { outcome: 'partially_upheld' } }),
    ).toBe('Stage 2 closed: partially upheld');
    expect(journeyTitle({ type: 'escalated', stage: 2, details: { transfer: true } })).toBe(
      'Transferred to stage 2',
    );
  });

  it("names an update by the organisation's word for the person (§62; docs/procedure.md, Sector settings)", () => {
    expect(journeyTitle({ type: 'contact_update', stage: 2 })).toBe('Update to the customer');
    expect(journeyTitle({ type: 'contact_update', stage: 2 }, 'complainant')).toBe(
      'Update to the complainant',
    );
  });

  it('names the step without its details for staff who may not see them', () => {
    expect(journeyTitle({ type: 'closed', stage: 1 })).toBe('Stage 1 closed');
  });

  it('lists reasons, notes, points and the agreed resolution', () => {
    expect(
      journeyDetails({
        type: 'points_agreed',
        details: { points: ['Repair delay', 'No call back'] },
      }),
    ).toEqual(['1. Repair delay', '2. No call back']);
    expect(
      journeyDetails({
        type: 'closed',
        details: {
          resolution: { agreedAction: 'Fix the boiler', customerAgreedOn: '2026-11-03' },
          spsoSignposted: false,
        },
      }),
    ).toEqual(['Agreed action: Fix the boiler (agreed 3 Nov 2026)']);
  });
});

describe('corrections in the journey (docs/procedure.md, Correcting a record)', () => {
  it('a corrected detail reads before → after, service areas by name', () =>
    expect(
      correctionLines([{ field: 'serviceAreaId', withheld: false, before: 'a1', after: 'a2' }], {
        a1: 'Repairs',
        a2: 'Rents',
      }),
    ).toEqual(['Service area: Repairs → Rents']));
  it('a personal detail withheld from the role reads as changed, without its values', () =>
    expect(
      correctionLines([{ field: 'customer.name', withheld: true, before: null, after: null }]),
    ).toEqual(['Customer name: changed (personal data, not shown)']));
  it('the awareness date as a date', () =>
    expect(
      correctionLines([
        { field: 'awareOn', withheld: false, before: '2026-02-20', after: '2025-08-01' },
      ]),
    ).toEqual(['Date the customer first knew: 20 Feb 2026 → 1 Aug 2025']));
  it('the handler and the staff named by name', () =>
    expect(
      correctionLines(
        [
          { field: 'handlerId', withheld: false, before: 'p1', after: 'p2' },
          { field: 'namedStaffIds', withheld: false, before: '', after: 'p1, p3' },
        ],
        { p1: 'Ailsa Handler', p2: 'Ewan Manager', p3: 'Iain Repairs' },
      ),
    ).toEqual([
      'Handler: Ailsa Handler → Ewan Manager',
      'Staff named: (none) → Ailsa Handler, Iain Repairs',
    ]));
  it('people the page cannot name read as changed, never as ids', () =>
    expect(
      correctionLines(
        [{ field: 'namedStaffIds', withheld: false, before: 'p1', after: 'p1, p9' }],
        {
          p1: 'Ailsa Handler',
        },
      ),
    ).toEqual(['Staff named: changed']));
  it('a channel and a preferred contact as the forms name them', () =>
    expect(
      correctionLines([
        { field: 'channel', withheld: false, before: 'web_form', after: 'email' },
        { field: 'customer.preferredContact', withheld: false, before: null, after: 'email' },
      ]),
    ).toEqual(['Channel: Web form → E-mail', 'Preferred contact: (none) → E-mail']));
  it('a void names the step it voided', () =>
    expect(journeyTitle({ type: 'voided', stage: 1, details: { voidedType: 'closed' } })).toBe(
      'Step voided: closed',
    ));
});
