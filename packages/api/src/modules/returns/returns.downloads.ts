import { isManager, statisticsCsv, toCsv, type CsvCell } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { badInput, forbidden, ruleText, unauthenticated } from '../../core/errors';
import type { PeriodInput } from '../analytics';
import { returnSubject } from './returns.resolver';
import { regulatorReturns, statisticsObservations } from './returns.service';

/** The files of the Returns page (docs/api.md, Downloads). */
export type ReturnFile = 'spso' | 'arc' | 'reconciliation' | 'statistics';

const PERIOD_TEXT = ['quarter', 'financialQuarter', 'from', 'to'] as const;
const PERIOD_YEARS = ['year', 'financialYear'] as const;

/** The period of a download's query string, as a PeriodInput (years must be whole numbers). */
function periodFromQuery(query: Record<string, unknown>): PeriodInput {
  const input: PeriodInput = {};
  for (const k of PERIOD_TEXT) if (typeof query[k] === 'string') input[k] = query[k];
  for (const k of PERIOD_YEARS) {
    if (query[k] === undefined) continue;
    if (typeof query[k] !== 'string' || !/^\d{1,4}$/.test(query[k]))
      throw badInput(k, 'isInt', ruleText('isInt', undefined, { field: k }));
    input[k] = Number(query[k]);
  }
  return input;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000);

/**
 * One of the Returns page's CSVs for the period in the query string (managers only; exact
 * figures, as the Returns page shows them). The download is recorded in the audit log.
 */
export async function exportReturn(
  ctx: ChpContext,
  file: ReturnFile,
  query: Record<string, unknown>,
): Promise<{ fileName: string; text: string }> {
  if (!ctx.viewer) throw unauthenticated();
  if (!isManager(ctx.viewer.role)) throw forbidden();
  const { org, period } = await returnSubject(ctx, periodFromQuery(query));
  const name = `${file}-${period.from}-to-${period.to}.csv`;
  await ctx.dataSource.query(
    `INSERT INTO audit_log (organisation_id, at, actor_id, operation, entity, entity_id, changes)
     VALUES ($1, $2, $3, 'exportReturn', 'organisation', $4, $5)`,
    [org.id, ctx.clock(), ctx.viewer.personId, org.id, { file, from: period.from, to: period.to }],
  );
  if (file === 'statistics')
    return {
      fileName: name,
      text: statisticsCsv(await statisticsObservations(ctx.dataSource, org, period)),
    };
  const r = await regulatorReturns(ctx.dataSource, org, period);
  let rows: CsvCell[][];
  if (file === 'spso')
    rows = [
      ['Indicator', 'Line', 'Unit', 'Stage 1', 'Stage 2 direct', 'Stage 2 after escalation', 'All'],
      ...r.spso.map((l) => [
        l.indicator,
        l.label,
        l.unit,
        round(l.stage1),
        round(l.stage2Direct),
        round(l.stage2Escalated),
        round(l.all),
      ]),
    ];
  else if (file === 'arc')
    rows = [
      ['Figure', 'Stage 1', 'Stage 2'],
      ['Complaints received', r.arc.stage1.received, r.arc.stage2.received],
      [
        'Complaints responded to in full',
        r.arc.stage1.respondedInFull,
        r.arc.stage2.respondedInFull,
      ],
      [
        'Full responses within the timescale',
        r.arc.stage1.withinTimescale,
        r.arc.stage2.withinTimescale,
      ],
      [
        'Average working days for a full response',
        round(r.arc.stage1.averageWorkingDays),
        round(r.arc.stage2.averageWorkingDays),
      ],
    ];
  else
    rows = [
      [
        'ARC figure',
        'SPSO figure',
        'SPSO value',
        'Difference',
        'Value',
        'ARC value',
        'Unexplained',
      ],
      ...r.reconciliation.flatMap((l) => [
        [
          l.label,
          l.spsoFigure,
          round(l.spsoValue),
          null,
          null,
          round(l.arcValue),
          round(l.unexplained),
        ],
        ...l.differences.map((d) => [l.label, null, null, d.reason, round(d.value), null, null]),
      ]),
    ];
  return { fileName: name, text: toCsv(rows) };
}
