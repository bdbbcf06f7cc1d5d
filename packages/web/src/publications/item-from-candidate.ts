import type { Candidate } from './types';

export interface ItemDraft {
  youSaid: string;
  weDid: string;
  actionIds: string[];
}

const list = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * A first draft of a "you said / we did" item from a completed action: what customers raised
 * (its root causes, in its service area) and what was done (its public summary). Communications
 * staff rewrite it in plain public language; the personal-data check reads whatever they keep.
 */
export function itemFromCandidate(action: Candidate): ItemDraft {
  const causes = action.rootCauses.map((r) => r.name.toLowerCase());
  const youSaid = causes.length
    ? `You told us about ${list(causes)} in ${action.serviceArea.name}.`
    : `You told us about ${action.serviceArea.name}.`;
  return { youSaid, weDid: action.publicSummary?.trim() ?? '', actionIds: [action.id] };
}

/** Suggestions not yet reported by an item of the publication come first; reported ones are marked. */
export function unreportedFirst<T extends { id: string }>(
  candidates: readonly T[],
  reportedIds: ReadonlySet<string>,
): (T & { reported: boolean })[] {
  const marked = candidates.map((c) => ({ ...c, reported: reportedIds.has(c.id) }));
  return [...marked.filter((c) => !c.reported), ...marked.filter((c) => c.reported)];
}
