import { ms } from './stats.mjs';

/** The three targets of issue 4, each judged on the 1M results (`big`, or null when 1M was not measured). */
export function verdicts(big) {
  if (!big) {
    const na = 'not measured (run without --sizes, or with 1000000)';
    return [
      {
        target:
          'spsoIndicators for a year within 1.2× the hand-written SQL and under 300 ms median',
        measured: '–',
        verdict: na,
      },
      { target: 'trends by month × service area under 200 ms median', measured: '–', verdict: na },
      {
        target:
          '50-complaint page: statement count independent of page size, median no worse than PostGraphile',
        measured: '–',
        verdict: na,
      },
    ];
  }
  const out = [];
  const i = big.indicators;
  // the floor is the fastest hand-written statement for the same figures
  const floor = i.summary.median <= i.floor.median ? i.summary : i.floor;
  const ratio = i.api.median / floor.median;
  const indMet = ratio <= 1.2 && i.api.median < 300;
  const overhead = i.api.median - floor.median;
  out.push({
    target: 'spsoIndicators for a year within 1.2× the hand-written SQL and under 300 ms median',
    measured: `${ms(i.api.median)} ms vs floor ${ms(floor.median)} ms (${ratio.toFixed(2)}×; scanning complaint instead: ${ms(i.floor.median)} ms)`,
    verdict: indMet
      ? '**met**'
      : `**not met**: ${i.api.median >= 300 ? `the statement itself takes ${ms(floor.median)} ms (EXPLAIN below)` : ''}${ratio > 1.2 ? `${i.api.median >= 300 ? '; ' : ''}${ms(overhead)} ms over the floor is HTTP, GraphQL, the session lookup and the organisation read` : ''}`,
  });
  const t = big.trends;
  out.push({
    target: 'trends by month × service area under 200 ms median',
    measured: `${ms(t.api.median)} ms (floor ${ms(t.floor.median)} ms)`,
    verdict:
      t.api.median < 200
        ? '**met**'
        : `**not met**: the statement takes ${ms(t.explainOurs?.executionMs)} ms in PostgreSQL (EXPLAIN below)`,
  });
  const p = big.page;
  const sameCount = p.ours.statements === p.ours.statements5;
  const pglMedian = p.postgraphile?.median;
  const faster = pglMedian !== undefined && p.ours.median <= pglMedian;
  out.push({
    target:
      '50-complaint page: statement count independent of page size, median no worse than PostGraphile',
    measured: `${p.ours.statements5} statements for 5, ${p.ours.statements} for 50; ${ms(p.ours.median)} ms vs PostGraphile ${pglMedian === undefined ? '–' : `${ms(pglMedian)} ms (${p.postgraphile.statements} statement${p.postgraphile.statements === 1 ? '' : 's'})`}`,
    verdict:
      pglMedian === undefined
        ? sameCount
          ? 'count: **met**; latency: not measured (--no-postgraphile)'
          : '**not met**'
        : sameCount && faster
          ? '**met**'
          : `**not met**: ${sameCount ? '' : 'the count grows with the page; '}${faster ? '' : `PostGraphile answers in one statement (a nested query with lateral subqueries); we send ${p.ours.statements} (session lookup, the page, one DataLoader batch per relation), each a round trip through the pool, TypeORM and the event loop, plus type-graphql resolving every field of 50 rows`}`,
  });
  return out;
}
