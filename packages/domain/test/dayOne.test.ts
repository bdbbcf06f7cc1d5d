import { describe, expect, it } from 'vitest';
import { dayOne, localDate } from '../src';
import { codeOf } from './helpers';

describe('local time is Europe/London (docs/procedure.md, Calendar and day one)', () => {
  it('16:30Z in summer is 17:30 local, same date', () =>
    expect(localDate('2026-06-30T16:30:00Z')).toBe('2026-06-30'));
  it('23:30Z in summer is already the next day in London', () =>
    expect(localDate('2026-06-30T23:30:00Z')).toBe('2026-07-01'));
  it('23:30Z in winter is still the same day in London', () =>
    expect(localDate('2026-01-15T23:30:00Z')).toBe('2026-01-15'));
  it('an offset instant is converted: 01:00+13:00 is the previous day in London', () =>
    expect(localDate('2026-01-16T01:00:00+13:00')).toBe('2026-01-15'));
  it('an instant without an offset is INVALID_INSTANT', () =>
    expect(codeOf(() => localDate('2026-03-30T16:30:00'))).toBe('INVALID_INSTANT'));
  it('an instant on 30 February is INVALID_INSTANT', () =>
    expect(codeOf(() => localDate('2026-02-30T10:00:00Z'))).toBe('INVALID_INSTANT'));
});

describe('§26 day one', () => {
  it('day one is the date of receipt on a working day', () =>
    expect(dayOne('2026-03-30T09:00:00Z')).toBe('2026-03-30'));
  it('a receipt on Saturday starts on Monday', () =>
    expect(dayOne('2026-03-28T10:00:00Z')).toBe('2026-03-30'));
  it('a receipt on Good Friday starts on the Monday after Easter', () =>
    expect(dayOne('2026-04-03T10:00:00+01:00')).toBe('2026-04-06'));
  it('a receipt on an organisation closure day starts the next working day', () =>
    expect(dayOne('2026-12-24T10:00:00Z', { closureDays: ['2026-12-24'] })).toBe('2026-12-29'));
  it('without a cut-off a late-evening receipt keeps its date (housing)', () =>
    expect(dayOne('2026-03-30T20:00:00+01:00')).toBe('2026-03-30'));
});

describe('17:00 cut-off setting for colleges and universities (docs/procedure.md, Sector settings)', () => {
  const he = { cutOffTime: '17:00' };
  it('16:30Z in summer (17:30 BST) is after the cut-off: next working day', () =>
    expect(dayOne('2026-03-30T16:30:00Z', he)).toBe('2026-03-31'));
  it('16:30Z in winter (16:30 GMT) is before the cut-off: same day', () =>
    expect(dayOne('2026-01-15T16:30:00Z', he)).toBe('2026-01-15'));
  it('exactly 17:00:00 local is on time', () =>
    expect(dayOne('2026-03-30T17:00:00+01:00', he)).toBe('2026-03-30'));
  it('17:00:01 local is late', () =>
    expect(dayOne('2026-03-30T17:00:01+01:00', he)).toBe('2026-03-31'));
  it('after the cut-off on a Friday moves to Monday', () =>
    expect(dayOne('2026-03-27T18:00:00Z', he)).toBe('2026-03-30'));
  it('a Saturday evening receipt still starts on Monday, not Tuesday', () =>
    expect(dayOne('2026-03-28T19:00:00Z', he)).toBe('2026-03-30'));
  it('after the cut-off before Good Friday moves past the Easter weekend', () =>
    expect(dayOne('2026-04-02T18:00:00+01:00', he)).toBe('2026-04-06'));
  it('a malformed cut-off is INVALID_CUT_OFF', () =>
    expect(codeOf(() => dayOne('2026-03-30T10:00:00Z', { cutOffTime: '5pm' }))).toBe(
      'INVALID_CUT_OFF',
    ));
});
