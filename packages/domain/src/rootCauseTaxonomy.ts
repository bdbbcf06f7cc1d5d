/**
 * The shape rules of an organisation's root-cause taxonomy (Part 4: seek the root cause of
 * complaints; docs/procedure.md, Root causes). A cause sits under at most one parent; no cause
 * sits under itself or one of its own sub-causes; the tree is at most
 * {@link ROOT_CAUSE_MAX_DEPTH} levels deep. Two causes that mean the same are merged: the merged
 * one keeps its name, retired, pointing at the survivor, and every complaint and action counts
 * under the survivor from then on. Pure: the taxonomy is an argument.
 *
 * @example
 * rootCauseMoveProblem(nodes, 'letters', 'letters-child') // 'noCycle'
 * survivingRootCause(nodes, 'merged-id') // the survivor's id
 */

/** Group, cause, sub-cause: the trends name a cause by its parent and itself. */
export const ROOT_CAUSE_MAX_DEPTH = 3;

export interface RootCauseNode {
  id: string;
  parentId: string | null;
  active: boolean;
  /** Set when this cause was merged into another (it is then retired for good). */
  mergedIntoId?: string | null;
}

export type RootCauseShapeProblem = 'noCycle' | 'taxonomyDepth';
export type RootCauseMergeProblem =
  'mergeIntoItself' | 'mergeIntoRetired' | 'alreadyMerged' | 'hasSubCauses' | 'exists';

const byId = (nodes: readonly RootCauseNode[]) => new Map(nodes.map((n) => [n.id, n]));

/** 1 for a top-level group, 2 for a cause under it, and so on (an unknown id is 0). */
export function rootCauseDepth(nodes: readonly RootCauseNode[], id: string): number {
  const all = byId(nodes);
  let depth = 0;
  const seen = new Set<string>();
  for (let node = all.get(id); node && !seen.has(node.id); node = all.get(node.parentId ?? '')) {
    seen.add(node.id);
    depth += 1;
  }
  return depth;
}

/** How many levels `id` and its sub-causes take: 1 for a cause without sub-causes. */
export function rootCauseHeight(nodes: readonly RootCauseNode[], id: string): number {
  const children = nodes.filter((n) => n.parentId === id && n.id !== id);
  return 1 + Math.max(0, ...children.map((c) => rootCauseHeight(nodes, c.id)));
}

/** Why a new cause may not go under `parentId` (null: top level), or null when it may. */
export function newRootCauseProblem(
  nodes: readonly RootCauseNode[],
  parentId: string | null,
): RootCauseShapeProblem | null {
  if (parentId === null) return null;
  return rootCauseDepth(nodes, parentId) + 1 > ROOT_CAUSE_MAX_DEPTH ? 'taxonomyDepth' : null;
}

/**
 * Why `id` may not move under `parentId` (null: to the top level), or null when it may: not under
 * itself or one of its own sub-causes, and it and its sub-causes must still fit the depth.
 */
export function rootCauseMoveProblem(
  nodes: readonly RootCauseNode[],
  id: string,
  parentId: string | null,
): RootCauseShapeProblem | null {
  if (parentId === null) return null;
  const all = byId(nodes);
  const seen = new Set<string>();
  for (
    let node = all.get(parentId);
    node && !seen.has(node.id);
    node = all.get(node.parentId ?? '')
  ) {
    if (node.id === id) return 'noCycle';
    seen.add(node.id);
  }
  const depth = rootCauseDepth(nodes, parentId) + rootCauseHeight(nodes, id);
  return depth > ROOT_CAUSE_MAX_DEPTH ? 'taxonomyDepth' : null;
}

/**
 * Why `mergedId` may not be merged into `survivorId`, or null when it may. Not into itself; not
 * into a retired cause (a merged cause is retired); not a cause already merged; and not a cause
 * that still has sub-causes (move or merge them first, so nothing is left without a parent).
 */
export function rootCauseMergeProblem(
  nodes: readonly RootCauseNode[],
  mergedId: string,
  survivorId: string,
): RootCauseMergeProblem | null {
  const all = byId(nodes);
  const merged = all.get(mergedId);
  const survivor = all.get(survivorId);
  if (!merged || !survivor) return 'exists';
  if (mergedId === survivorId) return 'mergeIntoItself';
  if (merged.mergedIntoId) return 'alreadyMerged';
  if (!survivor.active) return 'mergeIntoRetired';
  if (nodes.some((n) => n.parentId === mergedId && !n.mergedIntoId)) return 'hasSubCauses';
  return null;
}

/** The cause `id` counts under: itself, or the cause it was merged into (followed to the end). */
export function survivingRootCause(nodes: readonly RootCauseNode[], id: string): string {
  const all = byId(nodes);
  const seen = new Set<string>();
  let current = id;
  for (let node = all.get(current); node?.mergedIntoId && !seen.has(node.id);) {
    seen.add(node.id);
    current = node.mergedIntoId;
    node = all.get(current);
  }
  return current;
}

/**
 * Complaints per root cause, each complaint once per cause, merged causes counted under their
 * survivor: the reference the trends by root cause are checked against.
 */
export function complaintsByRootCause(
  nodes: readonly RootCauseNode[],
  links: readonly { complaintId: string; rootCauseId: string }[],
): Map<string, number> {
  const pairs = new Set<string>();
  const counts = new Map<string, number>();
  for (const link of links) {
    const cause = survivingRootCause(nodes, link.rootCauseId);
    const key = `${link.complaintId}\u0000${cause}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    counts.set(cause, (counts.get(cause) ?? 0) + 1);
  }
  return counts;
}
