import { describe, expect, it } from 'vitest';
import { compareWithSpso, countSpsoComparisons } from '../src';

// docs/procedure.md, SPSO decisions against ours (§72–73: the SPSO reviews complaints that have
// completed the procedure)
describe('our outcome against the SPSO’s decision (§72–73)', () => {
  it('not upheld by us, upheld by the SPSO: the SPSO upheld more', () => {
    expect(compareWithSpso('not_upheld', 'upheld')).toBe('spso_upheld_more');
    expect(compareWithSpso('not_upheld', 'partially_upheld')).toBe('spso_upheld_more');
    expect(compareWithSpso('partially_upheld', 'upheld')).toBe('spso_upheld_more');
  });

  it('upheld by us, not upheld by the SPSO: the SPSO upheld less', () => {
    expect(compareWithSpso('upheld', 'not_upheld')).toBe('spso_upheld_less');
  });

  it('the same finding, not taken forward, and resolved or no outcome are told apart', () => {
    expect(compareWithSpso('upheld', 'upheld')).toBe('same');
    expect(compareWithSpso('not_upheld', 'not_taken_forward')).toBe('not_taken_forward');
    expect(compareWithSpso('resolved', 'upheld')).toBe('not_comparable');
    expect(compareWithSpso(null, 'upheld')).toBe('not_comparable');
  });

  it('counts by our final outcome: stage 2’s when there is one, per service area', () => {
    const { total, byServiceArea } = countSpsoComparisons([
      {
        serviceAreaId: 'repairs',
        stage1Outcome: 'upheld',
        stage2Outcome: 'not_upheld',
        spsoDecision: 'upheld',
      },
      {
        serviceAreaId: 'repairs',
        stage1Outcome: 'not_upheld',
        stage2Outcome: null,
        spsoDecision: 'not_upheld',
      },
      {
        serviceAreaId: 'rents',
        stage1Outcome: null,
        stage2Outcome: 'upheld',
        spsoDecision: 'not_taken_forward',
      },
    ]);
    expect(total).toEqual({
      not_taken_forward: 1,
      same: 1,
      spso_upheld_more: 1,
      spso_upheld_less: 0,
      not_comparable: 0,
    });
    expect(byServiceArea.get('repairs')?.spso_upheld_more).toBe(1);
  });
});
