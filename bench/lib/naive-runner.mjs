import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './api.mjs';
import { FROM, PREV_FROM, PREV_TO, TO, sizeLabel } from './period.mjs';
import { ms, summarise } from './stats.mjs';

/** Runs bench/naive.mjs with a time limit; returns { samples, figures, note }. */
function runNaive(dataset, kind, runs, timeoutMs, log) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=12288',
        path.join(repoRoot, 'bench', 'naive.mjs'),
        dataset.url,
        dataset.organisationId,
        kind,
        FROM,
        TO,
        PREV_FROM,
        PREV_TO,
        String(runs),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const samples = [];
    let figures = null;
    let rssMb = null;
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d) => {
      out += d;
      let i;
      while ((i = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, i);
        out = out.slice(i + 1);
        try {
          const r = JSON.parse(line);
          samples.push(r.ms);
          figures = r.figures;
          rssMb = r.heapMb;
          log(
            `[bench]   naive ${kind} run ${samples.length}/${runs}: ${ms(r.ms)} ms (rss ${r.heapMb} MB)`,
          );
        } catch {
          /* not ours */
        }
      }
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      let note = null;
      if (timedOut)
        note = `stopped after ${Math.round(timeoutMs / 1000)} s (${samples.length} of ${runs} runs done)`;
      else if (code !== 0)
        note = /heap out of memory|Allocation failed/i.test(err)
          ? `ran out of memory (12 GB heap) after ${samples.length} runs`
          : `failed (exit ${code ?? signal}): ${err.trim().split('\n').slice(-1)[0]}`;
      resolve({ ...summarise(samples), samples, figures, rssMb, note });
    });
  });
}

/**
 * The naive path for one size, run last (it fills memory) with capped runs and time: fills
 * `result.naiveIndicators` and `result.naiveTrends`, each with whether its figures agree with
 * the API's (`result.indicators`, `result.trends`).
 */
export async function measureNaive(dataset, result, log) {
  const big = dataset.size >= 500_000;
  const runs = big ? 1 : 3;
  const limit = 5 * 60_000;
  log(
    `[bench] ${sizeLabel(dataset.size)}: naive TypeORM path (${runs} runs, at most ${limit / 60_000} min each kind)`,
  );
  result.naiveIndicators = await runNaive(dataset, 'indicators', runs, limit, log);
  result.naiveTrends = await runNaive(dataset, 'trends', runs, limit, log);
  result.naiveIndicators.agrees = result.naiveIndicators.figures
    ? result.naiveIndicators.figures.received === result.indicators.figures.received &&
      result.naiveIndicators.figures.previousReceived === result.indicators.figures.previousReceived
    : null;
  result.naiveTrends.agrees = result.naiveTrends.figures
    ? result.naiveTrends.figures.total === result.trends.figures.total
    : null;
}
