import { describe, expect, it } from 'vitest';
import {
  escalationDeadline,
  escalationNeedsAwareness,
  isEscalationInTime,
  spsoDeadline,
} from '../src';

// Received Monday 5 January 2026, stage 1 response Friday 9 January 2026.
const unknownAwareness = {
  awareOn: null,
  receivedOn: '2026-01-05',
  stageOneClosedOn: '2026-01-09',
};

describe('escalation limit when awareness was not recorded (§36, Appendix 1 §12)', () => {
  it('the customer knew at the latest on the day they complained: six months from receipt', () =>
    expect(escalationDeadline(unknownAwareness)).toBe('2026-07-05'));
  it('a request four months after the stage 1 response and five after receipt is in time', () =>
    expect(isEscalationInTime(unknownAwareness, '2026-06-05')).toBe(true));
  it('a request after six months from receipt and two from the response is out of time', () =>
    expect(isEscalationInTime(unknownAwareness, '2026-07-06')).toBe(false));
  it('a recorded awareness date decides instead of the date of receipt', () =>
    expect(isEscalationInTime({ ...unknownAwareness, awareOn: '2025-10-01' }, '2026-06-05')).toBe(
      false,
    ));
  it('the awareness date matters between two months from the response and six from receipt', () =>
    expect(escalationNeedsAwareness(unknownAwareness, '2026-06-05')).toBe(true));
  it('within two months of the response the awareness date does not matter', () =>
    expect(escalationNeedsAwareness(unknownAwareness, '2026-03-09')).toBe(false));
  it('once recorded, the awareness date is not asked for again', () =>
    expect(
      escalationNeedsAwareness({ ...unknownAwareness, awareOn: '2025-12-20' }, '2026-06-05'),
    ).toBe(false));
  it('past six months from receipt no awareness date can bring it in time', () =>
    expect(escalationNeedsAwareness(unknownAwareness, '2026-07-06')).toBe(false));
});

describe('the last day to go to the SPSO (§75, docs/procedure.md §75)', () => {
  it('twelve months beginning with 15 March 2024 end on 14 March 2025', () =>
    expect(spsoDeadline('2024-03-15')).toBe('2025-03-14'));
  it('twelve months beginning with 29 February 2024 end on 28 February 2025', () =>
    expect(spsoDeadline('2024-02-29')).toBe('2025-02-28'));
  it('twelve months beginning with 1 March 2023 end on 29 February 2024 (leap year)', () =>
    expect(spsoDeadline('2023-03-01')).toBe('2024-02-29'));
  it('twelve months beginning with 1 January 2026 end on 31 December 2026', () =>
    expect(spsoDeadline('2026-01-01')).toBe('2026-12-31'));
  it('twelve months beginning with 1 March 2024 end on 28 February 2025', () =>
    expect(spsoDeadline('2024-03-01')).toBe('2025-02-28'));
});
