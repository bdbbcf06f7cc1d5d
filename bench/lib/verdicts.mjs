import { OVERVIEW_LIMIT_MS, requestVerdict } from './report-pages.mjs';
import { ms } from './stats.mjs';

const NA = 'not measured (run with 1000000 among --sizes)';

/**
 * Issue 19's targets measured by this bench, each judged on the 1M results (`big`, or null when
 * 1M was not measured) and, for growth, against the smallest size measured (`small`).
 */
export function verdicts(big, small) {
  const targets = {
    pages:
      'every request of the overview, indicators, trends and register: median ≤ 100 ms and ≤ 1.5× its 100k median',
    overview: `the overview's requests together ≤ ${OVERVIEW_LIMIT_MS} ms`,
    indicators: 'spsoIndicators for a year ≤ 1.2× the hand-written floor over the same table',
    page: 'a page of 50 complaints with relations: median ≤ PostGraphile’s; statement count independent of page size',
  };
  if (!big) return Object.values(targets).map((target) => ({ target, measured: '–', verdict: NA }));
  const out = [];

  if (big.pages) {
    const before = new Map((small?.pages?.rows ?? []).map((r) => [`${r.page}/${r.name}`, r]));
    const judged = big.pages.rows.map((r) => ({
      r,
      v: requestVerdict(small === big ? null : before.get(`${r.page}/${r.name}`), r),
    }));
    const missed = judged.filter((j) => !j.v.met);
    const worst = [...missed].sort((a, b) => b.r.median - a.r.median).slice(0, 3);
    out.push({
      target: targets.pages,
      measured: `${judged.length - missed.length} of ${judged.length} met${worst.length ? `; slowest: ${worst.map((j) => `${j.r.name} ${ms(j.r.median)} ms${j.v.ratio ? ` (${j.v.ratio.toFixed(1)}×)` : ''}`).join(', ')}` : ''}`,
      verdict:
        missed.length === 0
          ? '**met**'
          : `**not met** (${missed.length} requests; the pages table above)`,
    });
    const o = big.pages.overview;
    out.push({
      target: targets.overview,
      measured: `${ms(o.parallel.median)} ms at once, ${ms(o.sequential.median)} ms one after the other (${o.requests} requests, ${o.statements} statements)`,
      verdict: o.parallel.median <= OVERVIEW_LIMIT_MS ? '**met**' : '**not met**',
    });
  } else {
    out.push({ target: targets.pages, measured: '–', verdict: 'not measured' });
    out.push({ target: targets.overview, measured: '–', verdict: 'not measured' });
  }

  const i = big.indicators;
  // the floor over the same table the API reads (indicator_day); judged on the API's own statement
  const statementRatio = i.statement ? i.statement.median / i.summary.median : NaN;
  const httpRatio = i.api.median / i.summary.median;
  out.push({
    target: targets.indicators,
    measured: `the API's statement ${ms(i.statement?.median)} ms vs floor ${ms(i.summary.median)} ms (${statementRatio.toFixed(2)}×); the whole request over HTTP ${ms(i.api.median)} ms (${httpRatio.toFixed(1)}×; bench/NOTES.md says why the statement is judged)`,
    verdict: statementRatio <= 1.2 ? '**met**' : '**not met**',
  });

  const p = big.page;
  const sameCount = p.ours.statements === p.ours.statements5;
  const pglMedian = p.postgraphile?.median;
  const faster = pglMedian !== undefined && p.ours.median <= pglMedian;
  out.push({
    target: targets.page,
    measured: `${ms(p.ours.median)} ms vs PostGraphile ${pglMedian === undefined ? '–' : `${ms(pglMedian)} ms (${p.postgraphile.statements} statement${p.postgraphile.statements === 1 ? '' : 's'})`}; ${p.ours.statements5} statements for 5, ${p.ours.statements} for 50`,
    verdict:
      pglMedian === undefined
        ? `latency not measured (--no-postgraphile); count ${sameCount ? '**met**' : '**not met**'}`
        : sameCount && faster
          ? '**met**'
          : `**not met**${sameCount ? '' : ': the count grows with the page'}${faster ? '' : `${sameCount ? ':' : ';'} ${ms(p.ours.median - pglMedian)} ms slower than PostGraphile`}`,
  });
  return out;
}
