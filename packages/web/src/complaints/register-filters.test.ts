import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  closureFilterText,
  filtersFrom,
  nextSort,
  registerVariables,
} from './register-filters';
import { openComplaintsLookup } from './open-complaints';

const from = (q: string) => filtersFrom(new URLSearchParams(q));

describe('the register as a handler works it', () => {
  it('"my caseload" is mine=1 in the address', () => {
    expect(registerVariables(from('mine=1')).mine).toBe(true);
    expect(registerVariables(from('')).mine).toBeUndefined();
  });

  it('a drill-down asks for the closures of a bucket in a period, with an outcome', () => {
    const v = registerVariables(
      from(
        'closedAt=stage2_escalated&closedFrom=2025-10-01&closedTo=2025-12-31&closureOutcome=upheld',
      ),
    );
    expect(v).toMatchObject({
      closedAt: 'stage2_escalated',
      closedFrom: '2025-10-01',
      closedTo: '2025-12-31',
      closureOutcome: 'upheld',
    });
  });

  it('leaves out a closure period or outcome without its stage, which the API refuses', () => {
    const v = registerVariables(
      from('closedAt=stage9&closedFrom=2025-10-01&closureOutcome=upheld'),
    );
    expect(v.closedAt).toBeUndefined();
    expect(v.closedFrom).toBeUndefined();
    expect(v.closureOutcome).toBeUndefined();
  });

  it('says in words which closures the list holds', () => {
    expect(
      closureFilterText(
        from(
          'closedAt=stage2_escalated&closedFrom=2025-10-01&closedTo=2025-12-31&closureOutcome=upheld',
        ),
      ),
    ).toBe('Closed at stage 2 (after escalation) from 1 Oct 2025 to 31 Dec 2025, upheld');
    expect(closureFilterText(from('status=closed'))).toBeNull();
  });

  it('a column header sorts by its column ascending, then descending; received starts newest first', () => {
    expect(nextSort(from(''), 'due')).toEqual({ sort: 'due', dir: null });
    expect(nextSort(from('sort=due'), 'due')).toEqual({ sort: 'due', dir: 'desc' });
    expect(nextSort(from('sort=due&dir=desc'), 'due')).toEqual({ sort: 'due', dir: null });
    expect(nextSort(from('sort=due'), 'received')).toEqual({ sort: null, dir: null });
    expect(nextSort(from(''), 'received')).toEqual({ sort: null, dir: 'asc' });
    expect(ariaSort(from(''), 'received')).toBe('descending');
    expect(ariaSort(from('sort=due&dir=desc'), 'due')).toBe('descending');
    expect(ariaSort(from('sort=due'), 'reference')).toBe('none');
  });

  it('sends only the API’s sort columns and directions', () => {
    expect(registerVariables(from('sort=customer&dir=up'))).toMatchObject({
      sort: undefined,
      direction: undefined,
    });
  });
});

describe('the duplicate warning looks up a customer once the details are complete', () => {
  it('by e-mail once it is one', () => {
    expect(openComplaintsLookup({ name: '', email: 'morag@exam', postcode: '' })).toBeNull();
    expect(openComplaintsLookup({ name: '', email: ' morag@example.org ', postcode: '' })).toEqual({
      email: 'morag@example.org',
    });
  });

  it('by name and postcode together, the postcode with or without its space', () => {
    expect(openComplaintsLookup({ name: 'Morag', email: '', postcode: 'G2 4A' })).toBeNull();
    expect(openComplaintsLookup({ name: '', email: '', postcode: 'G2 4AB' })).toBeNull();
    expect(openComplaintsLookup({ name: 'Morag Tenant', email: '', postcode: 'g24ab' })).toEqual({
      name: 'Morag Tenant',
      postcode: 'g24ab',
    });
  });
});
