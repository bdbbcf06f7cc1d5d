import { describe, expect, it } from 'vitest';
import {
  ROOT_CAUSE_MAX_DEPTH,
  complaintsByRootCause,
  newRootCauseProblem,
  rootCauseDepth,
  rootCauseMergeProblem,
  rootCauseMoveProblem,
  survivingRootCause,
  type RootCauseNode,
} from '../src';

// Communication > No update given > Repairs updates; Resources > IT system; Policy (no sub-causes)
const tree: RootCauseNode[] = [
  { id: 'communication', parentId: null, active: true },
  { id: 'no-update', parentId: 'communication', active: true },
  { id: 'repairs-updates', parentId: 'no-update', active: true },
  { id: 'resources', parentId: null, active: true },
  { id: 'it-system', parentId: 'resources', active: true },
  { id: 'policy', parentId: null, active: true },
  { id: 'old', parentId: 'resources', active: false },
];

describe('the shape of the root-cause taxonomy (Part 4: seek the root cause; docs/procedure.md, Root causes)', () => {
  it('a top-level group is at depth 1, its sub-causes below it', () => {
    expect(rootCauseDepth(tree, 'communication')).toBe(1);
    expect(rootCauseDepth(tree, 'repairs-updates')).toBe(3);
  });

  it('the tree has at most three levels: group, cause, sub-cause', () =>
    expect(ROOT_CAUSE_MAX_DEPTH).toBe(3));

  it('a new cause under a cause at depth 2 is fine', () =>
    expect(newRootCauseProblem(tree, 'no-update')).toBeNull());

  it('a new cause under a sub-cause at depth 3 is refused (taxonomyDepth)', () =>
    expect(newRootCauseProblem(tree, 'repairs-updates')).toBe('taxonomyDepth'));

  it('a new top-level group is always fine', () =>
    expect(newRootCauseProblem(tree, null)).toBeNull());

  it('moving a cause under itself is refused (noCycle)', () =>
    expect(rootCauseMoveProblem(tree, 'no-update', 'no-update')).toBe('noCycle'));

  it('moving a group under one of its own sub-causes is refused (noCycle)', () =>
    expect(rootCauseMoveProblem(tree, 'communication', 'repairs-updates')).toBe('noCycle'));

  it('moving a cause with sub-causes under another cause would make four levels (taxonomyDepth)', () =>
    expect(rootCauseMoveProblem(tree, 'no-update', 'it-system')).toBe('taxonomyDepth'));

  it('moving a cause with its sub-causes under another group keeps three levels', () =>
    expect(rootCauseMoveProblem(tree, 'no-update', 'resources')).toBeNull());

  it('moving a cause to the top level is always fine', () =>
    expect(rootCauseMoveProblem(tree, 'repairs-updates', null)).toBeNull());
});

describe('merging two root causes (docs/procedure.md, Root causes)', () => {
  it('a cause without sub-causes merges into an active cause', () =>
    expect(rootCauseMergeProblem(tree, 'it-system', 'no-update')).toBeNull());

  it('not into itself (mergeIntoItself)', () =>
    expect(rootCauseMergeProblem(tree, 'it-system', 'it-system')).toBe('mergeIntoItself'));

  it('not into a retired cause (mergeIntoRetired)', () =>
    expect(rootCauseMergeProblem(tree, 'it-system', 'old')).toBe('mergeIntoRetired'));

  it('not a cause already merged (alreadyMerged)', () => {
    const merged = tree.map((n) => (n.id === 'old' ? { ...n, mergedIntoId: 'it-system' } : n));
    expect(rootCauseMergeProblem(merged, 'old', 'policy')).toBe('alreadyMerged');
  });

  it('not a cause that still has sub-causes (hasSubCauses)', () =>
    expect(rootCauseMergeProblem(tree, 'no-update', 'policy')).toBe('hasSubCauses'));

  it('a sub-cause that was itself merged does not hold its parent back', () => {
    const merged = tree.map((n) =>
      n.id === 'repairs-updates' ? { ...n, active: false, mergedIntoId: 'policy' } : n,
    );
    expect(rootCauseMergeProblem(merged, 'no-update', 'policy')).toBeNull();
  });

  it('an unknown cause is refused (exists)', () =>
    expect(rootCauseMergeProblem(tree, 'nowhere', 'policy')).toBe('exists'));

  it('a merged cause counts under its survivor, followed through a second merge', () => {
    const merged = tree.map((n) =>
      n.id === 'old'
        ? { ...n, active: false, mergedIntoId: 'it-system' }
        : n.id === 'it-system'
          ? { ...n, active: false, mergedIntoId: 'policy' }
          : n,
    );
    expect(survivingRootCause(merged, 'old')).toBe('policy');
    expect(survivingRootCause(merged, 'no-update')).toBe('no-update');
  });

  it('counts each complaint once per surviving cause: a complaint linked to both collapses to one', () => {
    const merged = tree.map((n) =>
      n.id === 'it-system' ? { ...n, active: false, mergedIntoId: 'no-update' } : n,
    );
    const counts = complaintsByRootCause(merged, [
      { complaintId: 'c1', rootCauseId: 'it-system' },
      { complaintId: 'c1', rootCauseId: 'no-update' },
      { complaintId: 'c2', rootCauseId: 'it-system' },
      { complaintId: 'c3', rootCauseId: 'policy' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'no-update': 2, policy: 1 });
  });
});
