import {
  newRootCauseProblem,
  rootCauseDepth,
  rootCauseMergeProblem,
  rootCauseMoveProblem,
  type RootCauseNode,
} from '@chp/domain';

export interface CauseOnScreen extends RootCauseNode {
  name: string;
}

/** "Communication › No update given": a cause named with the causes above it. */
export function causePath(causes: readonly CauseOnScreen[], id: string): string {
  const byId = new Map(causes.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = byId.get(c.parentId ?? '')) {
    seen.add(c.id);
    names.unshift(c.name);
  }
  return names.join(' › ');
}

/** Each cause with its level (1 for a group), in the order given (the API's tree order). */
export function causeRows<T extends CauseOnScreen>(
  causes: readonly T[],
): { cause: T; level: number }[] {
  return causes.map((cause) => ({ cause, level: rootCauseDepth(causes, cause.id) }));
}

const choice = (causes: readonly CauseOnScreen[], c: CauseOnScreen) =>
  [c.id, causePath(causes, c.id)] as const;

/** Where a new cause may go: active causes it would not make too deep (@chp/domain). */
export function parentChoices(causes: readonly CauseOnScreen[]) {
  return causes
    .filter((c) => c.active && !newRootCauseProblem(causes, c.id))
    .map((c) => choice(causes, c));
}

/** Where `id` may move: active causes other than its parent, no cycle and not too deep (@chp/domain). */
export function moveChoices(causes: readonly CauseOnScreen[], id: string) {
  const current = causes.find((c) => c.id === id)?.parentId ?? null;
  return causes
    .filter((c) => c.active && c.id !== current && !rootCauseMoveProblem(causes, id, c.id))
    .map((c) => choice(causes, c));
}

/** Which causes `id` may be merged into (@chp/domain's merge rules). */
export function survivorChoices(causes: readonly CauseOnScreen[], id: string) {
  return causes
    .filter((c) => !rootCauseMergeProblem(causes, id, c.id))
    .map((c) => choice(causes, c));
}
