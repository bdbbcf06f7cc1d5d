/** Median and p95 (nearest rank) of a list of milliseconds. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { n, median, p95, min: sorted[0], max: sorted[n - 1] };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times sequentially, timing each. */
export async function measure(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    samples.push(performance.now() - t);
  }
  return { ...summarise(samples), samples, last };
}

/**
 * Like measure, for several functions whose times are compared: each run calls them in turn, so
 * a burst of load elsewhere on the machine falls on all of them alike. Returns one result each.
 */
export async function measureAlternating(fns, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => []);
  const last = [];
  for (let i = 0; i < runs; i++)
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      last[k] = await fn();
      samples[k].push(performance.now() - t);
    }
  return fns.map((_, k) => ({ ...summarise(samples[k]), samples: samples[k], last: last[k] }));
}

export const ms = (x) =>
  Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–';
