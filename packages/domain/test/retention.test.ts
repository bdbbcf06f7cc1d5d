import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_MONTHS,
  anonymisationDueOn,
  isDueForAnonymisation,
  retentionClosedOn,
  retentionWarningUntil,
  type RetentionRecord,
} from '../src';

const closed = (over: Partial<RetentionRecord> = {}): RetentionRecord => ({
  status: 'closed',
  stage1ClosedOn: '2019-03-14',
  stage2ClosedOn: null,
  spsoDecidedOn: null,
  ...over,
});

describe('retention of personal data after closure (docs/procedure.md, Retention and erasure)', () => {
  it('the default keeps six years (72 months)', () => expect(DEFAULT_RETENTION_MONTHS).toBe(72));
  it('a complaint closed at stage 1 on 14 Mar 2019 is due on 14 Mar 2025 under 72 months', () =>
    expect(anonymisationDueOn(closed(), 72)).toBe('2025-03-14'));
  it('a complaint escalated and closed at stage 2 counts from the stage 2 closure', () =>
    expect(retentionClosedOn(closed({ stage2ClosedOn: '2019-05-02' }))).toBe('2019-05-02'));
  it("the SPSO's decision after closure moves the date on", () =>
    expect(
      retentionClosedOn(closed({ stage2ClosedOn: '2019-05-02', spsoDecidedOn: '2020-01-20' })),
    ).toBe('2020-01-20'));
  it('an open complaint (reopened by an escalation) is never due', () =>
    expect(isDueForAnonymisation(closed({ status: 'open' }), 12, '2099-01-01')).toBe(false));
  it('a complaint closed 31 Aug 2019 is due on 29 Feb 2020 under 6 months (shorter month)', () =>
    expect(anonymisationDueOn(closed({ stage1ClosedOn: '2019-08-31' }), 6)).toBe('2020-02-29'));
  it('due on the due date itself, not the day before', () => {
    expect(isDueForAnonymisation(closed(), 72, '2025-03-13')).toBe(false);
    expect(isDueForAnonymisation(closed(), 72, '2025-03-14')).toBe(true);
  });
  it('the warning list reaches one month ahead: 10 Jan 2026 shows up to 10 Feb 2026', () =>
    expect(retentionWarningUntil('2026-01-10')).toBe('2026-02-10'));
});
