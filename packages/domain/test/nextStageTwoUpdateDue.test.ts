import { describe, expect, it } from 'vitest';
import { nextStageTwoUpdateDue, nextUpdateDue } from '../src';

const extended = { dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null };

describe('the next update while a stage 2 is extended (§62)', () => {
  it('is due 20 working days after day 20 when no update has been sent', () =>
    expect(nextStageTwoUpdateDue(extended, [])).toBe(nextUpdateDue('2026-04-27')));
  it('is due 20 working days after the latest update, skipping the May bank holidays', () =>
    expect(nextStageTwoUpdateDue(extended, ['2026-05-01', '2026-05-14'])).toBe(
      nextUpdateDue('2026-05-14'),
    ));
  it('ignores an update sent before day 20: day 20 is the later date', () =>
    expect(nextStageTwoUpdateDue(extended, ['2026-04-10'])).toBe(nextUpdateDue('2026-04-27')));
  it('is not due when stage 2 was never extended', () =>
    expect(nextStageTwoUpdateDue({ ...extended, extendedDueOn: null }, [])).toBeNull());
  it('is not due once stage 2 is closed', () =>
    expect(nextStageTwoUpdateDue({ ...extended, closedOn: '2026-06-10' }, [])).toBeNull());
  it('rejects a malformed update date with INVALID_DATE', () =>
    expect(() => nextStageTwoUpdateDue(extended, ['2026-13-01'])).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    ));
});
