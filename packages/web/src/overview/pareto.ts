export interface ParetoInput {
  key: string;
  label: string;
  count: number;
}

export interface ParetoRow extends ParetoInput {
  /** This cause's share of all counted complaints (0-100). */
  share: number;
  /** Running share up to and including this cause (0-100), for the Pareto line. */
  cumulative: number;
}

/**
 * Root causes for a Pareto chart: added up by key, largest first, each with its share and the
 * cumulative share. Complaints without a root cause (key 'none') are left out: they are not a
 * cause. With nothing counted, the shares are 0 rather than dividing by zero.
 */
export function pareto(
  items: readonly ParetoInput[],
  top = 10,
): { rows: ParetoRow[]; total: number; otherCount: number } {
  const byKey = new Map<string, ParetoInput>();
  for (const i of items) {
    if (i.key === 'none' || i.key === 'all') continue;
    const found = byKey.get(i.key);
    if (found) found.count += i.count;
    else byKey.set(i.key, { ...i });
  }
  const sorted = [...byKey.values()]
    .filter((i) => i.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const total = sorted.reduce((s, i) => s + i.count, 0);
  let running = 0;
  const all = sorted.map((i) => {
    running += i.count;
    return {
      ...i,
      share: total ? Math.round((i.count / total) * 1000) / 10 : 0,
      cumulative: total ? Math.round((running / total) * 1000) / 10 : 0,
    };
  });
  const rows = all.slice(0, top);
  return { rows, total, otherCount: all.slice(top).reduce((s, i) => s + i.count, 0) };
}
