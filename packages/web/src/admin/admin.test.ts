import { describe, expect, it } from 'vitest';
import {
  auditVariables,
  checkAuditFilters,
  NO_AUDIT_FILTERS,
  operationName,
  recordName,
} from './audit-filters';
import { dayLabel, dayStatus, monthGrid, moveDate } from './calendar-year';
import {
  checkSettings,
  personTermAfterSectorChange,
  settingsChanges,
  valuesFrom,
  type OrganisationSettings,
} from './settings-form';

const ORG: OrganisationSettings = {
  id: 'o1',
  version: 7,
  name: 'Clyde Homes',
  sector: 'housing',
  personTerm: 'customer',
  cutOffTime: null,
  population: 5000,
  populationLabel: 'homes',
  spsoSignposting: 'SPSO text',
  tribunalSignposting: null,
  publicSmallNumber: 5,
  earliestRecordDate: '2000-01-01',
  financialYearStartMonth: 4,
  stageOneResponders: 'handlers_and_managers',
};

describe('the settings form (docs/procedure.md, Sector settings)', () => {
  it('sends only what changed, with the version it was opened at', () =>
    expect(
      settingsChanges(ORG, { ...valuesFrom(ORG), cutOffTime: '17:00', personTerm: 'complainant' }),
    ).toEqual({ version: 7, cutOffTime: '17:00', personTerm: 'complainant' }));
  it('who may close stage 1 is sent when changed (§21)', () =>
    expect(settingsChanges(ORG, { ...valuesFrom(ORG), stageOneResponders: 'any_staff' })).toEqual({
      version: 7,
      stageOneResponders: 'any_staff',
    }));
  it('an emptied population is sent as null (no per-1,000 figures)', () =>
    expect(settingsChanges(ORG, { ...valuesFrom(ORG), population: '' })).toEqual({
      version: 7,
      population: null,
    }));
  it('a cut-off of 17:60 and a threshold of 0 are named by field', () =>
    expect(
      Object.keys(
        checkSettings({ ...valuesFrom(ORG), cutOffTime: '17:60', publicSmallNumber: '0' }),
      ),
    ).toEqual(['cutOffTime', 'publicSmallNumber']));
  it("moving housing to a university offers 'complainant' in place of the default 'customer'", () =>
    expect(personTermAfterSectorChange(valuesFrom(ORG), 'higher_education')).toBe('complainant'));
  it('a word the administrator chose is kept when the sector changes', () =>
    expect(
      personTermAfterSectorChange({ ...valuesFrom(ORG), personTerm: 'tenant' }, 'higher_education'),
    ).toBe('tenant'));
});

describe('the closure-day calendar (Appendix 1 §1)', () => {
  it('March 2026 starts on a Sunday: its first week has six empty days before it', () => {
    const weeks = monthGrid(2026, 3);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
  it('a bank holiday shows as one even when it is also a closure day (it is not editable)', () => {
    const status = dayStatus(
      '2025-12-01',
      new Map([['2025-12-01', { reason: 'local_holiday' as const, description: '' }]]),
      new Map([['2025-12-01', 'St Andrew’s Day (substitute day)']]),
    );
    expect(status).toEqual({ kind: 'bank_holiday', note: 'St Andrew’s Day (substitute day)' });
  });
  it('a strike day is read out with its reason', () =>
    expect(
      dayLabel(
        '2026-03-04',
        dayStatus(
          '2026-03-04',
          new Map([
            ['2026-03-04', { reason: 'industrial_action' as const, description: 'Strike' }],
          ]),
          new Map(),
        ),
      ),
    ).toBe('Wednesday 4 Mar 2026, closure day: Industrial action: Strike'));
  it('Saturday 7 March 2026 is a weekend', () =>
    expect(dayStatus('2026-03-07', new Map(), new Map()).kind).toBe('weekend'));
  it('the arrow keys move by a day and a week, and stop at the ends of the year', () => {
    expect(moveDate('2026-03-04', 'ArrowRight', 2026)).toBe('2026-03-05');
    expect(moveDate('2026-03-04', 'ArrowUp', 2026)).toBe('2026-02-25');
    expect(moveDate('2026-12-29', 'ArrowDown', 2026)).toBe('2026-12-31');
    expect(moveDate('2026-01-01', 'ArrowLeft', 2026)).toBe('2026-01-01');
  });
  it('Home and End go to the week’s Monday and Sunday; Page Down from 31 January to 28 February', () => {
    expect(moveDate('2026-03-04', 'Home', 2026)).toBe('2026-03-02');
    expect(moveDate('2026-03-04', 'End', 2026)).toBe('2026-03-08');
    expect(moveDate('2026-01-31', 'PageDown', 2026)).toBe('2026-02-28');
    expect(moveDate('2026-03-04', 'Tab', 2026)).toBeNull();
  });
});

describe('the audit log filters (docs/procedure.md, The audit log)', () => {
  it('empty filters are left out of the query', () =>
    expect(auditVariables({ ...NO_AUDIT_FILTERS, entity: 'closure_day' })).toEqual({
      actorId: null,
      entity: 'closure_day',
      operation: null,
      from: null,
      to: null,
    }));
  it('an end before the start is refused on the To field', () =>
    expect(
      checkAuditFilters({ ...NO_AUDIT_FILTERS, from: '2026-03-02', to: '2026-03-01' }),
    ).toEqual({ to: 'The end must not be before the start.' }));
  it('operations and records are named in words', () => {
    expect(operationName('addClosureDay')).toBe('Add closure day');
    expect(recordName('closure_day')).toBe('Closure day');
  });
});
