import { describe, expect, it } from 'vitest';
import {
  causePath,
  causeRows,
  moveChoices,
  parentChoices,
  survivorChoices,
  type CauseOnScreen,
} from './root-causes.tree';

const causes: CauseOnScreen[] = [
  { id: 'comm', name: 'Communication', parentId: null, active: true },
  { id: 'no-update', name: 'No update given', parentId: 'comm', active: true },
  { id: 'letters', name: 'Letters', parentId: 'no-update', active: true },
  { id: 'res', name: 'Resources', parentId: null, active: true },
  { id: 'it', name: 'IT system', parentId: 'res', active: true },
  { id: 'old', name: 'Old cause', parentId: 'res', active: false, mergedIntoId: 'it' },
];

describe('the root-cause screen (docs/procedure.md, Root causes)', () => {
  it('names a cause with the causes above it', () =>
    expect(causePath(causes, 'letters')).toBe('Communication › No update given › Letters'));

  it('gives each cause its level', () =>
    expect(causeRows(causes).map((r) => [r.cause.id, r.level])).toEqual([
      ['comm', 1],
      ['no-update', 2],
      ['letters', 3],
      ['res', 1],
      ['it', 2],
      ['old', 2],
    ]));

  it('offers no third-level cause as a parent (a fourth level is refused) and no retired one', () =>
    expect(parentChoices(causes).map(([id]) => id)).toEqual(['comm', 'no-update', 'res', 'it']));

  it('does not offer to move a cause under itself, its sub-causes or its own parent', () =>
    expect(moveChoices(causes, 'no-update').map(([id]) => id)).toEqual(['res']));

  it('offers to merge a cause only into active causes other than itself', () =>
    expect(survivorChoices(causes, 'it').map(([id]) => id)).toEqual([
      'comm',
      'no-update',
      'letters',
      'res',
    ]));

  it('offers nothing to merge a cause that has sub-causes into', () =>
    expect(survivorChoices(causes, 'comm')).toEqual([]));
});
