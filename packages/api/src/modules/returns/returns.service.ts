import {
  arcFromSpso,
  populationWording,
  reconcileArcWithSpso,
  spsoReturnRows,
  statisticsRows,
  type ArcIndicators,
  type ArcReceipts,
  type ReconciliationRow,
  type ReturnSector,
  type SpsoReturnBucket,
  type SpsoReturnInput,
  type SpsoReturnRow,
  type StatisticsRow,
} from '@chp/domain';
import type { DataSource } from 'typeorm';
import { indicatorFigures, type IndicatorFigures, type Period } from '../analytics';
import { arcReceiptsOf, cubeCellsOf, type Queryable } from './returns.queries';

/** What a return is about: the organisation's name, sector and population setting. */
export interface ReturnOrganisation {
  id: string;
  name: string;
  sector: ReturnSector;
  population: number | null;
  populationLabel: string | null;
}

export interface RegulatorReturns {
  period: Period;
  population: number | null;
  /** What the per-1,000 line is per: 'homes', 'students', or the organisation's own label. */
  populationWording: string;
  spso: SpsoReturnRow[];
  receipts: ArcReceipts;
  arc: ArcIndicators;
  reconciliation: ReconciliationRow[];
}

type BucketFigures = IndicatorFigures['stages']['stage1'];

function bucket(b: BucketFigures): SpsoReturnBucket {
  return {
    closed: b.closed,
    totalWorkingDays: b.totalWorkingDays,
    withinTimescale: b.withinTimescale,
    extended: b.extended,
    outcomes: {
      resolved: b.outcomes.resolved.count,
      upheld: b.outcomes.upheld.count,
      partially_upheld: b.outcomes.partiallyUpheld.count,
      not_upheld: b.outcomes.notUpheld.count,
    },
  };
}

/** The SPSO indicators the analytics module computes (one SQL statement), as the return's input. */
export function spsoReturnInputOf(f: IndicatorFigures): SpsoReturnInput {
  return {
    received: f.received,
    stage1: bucket(f.stages.stage1),
    stage2Direct: bucket(f.stages.stage2Direct),
    stage2Escalated: bucket(f.stages.stage2Escalated),
  };
}

/**
 * The regulator returns of one organisation for a period (docs/procedure.md, Regulator returns):
 * the SPSO indicators in the SPSO's layout, the Scottish Housing Regulator's ARC complaint
 * indicators and the reconciliation of the two, all from the same SQL the indicators page uses.
 * Exact figures: a return goes to the regulator, not to the public (the small-number rule is the
 * publication's). For the board pack too.
 */
export async function regulatorReturns(
  db: Queryable,
  org: ReturnOrganisation,
  period: Period,
): Promise<RegulatorReturns> {
  const [figures] = await indicatorFigures(db as DataSource, org.id, [period], org);
  const spso = spsoReturnInputOf(figures!);
  const receipts = await arcReceiptsOf(db, org.id, period);
  const arc = arcFromSpso(spso, receipts);
  const wording = populationWording(org.sector, org.populationLabel);
  return {
    period,
    population: org.population,
    populationWording: wording,
    spso: spsoReturnRows(spso, { count: org.population, wording }),
    receipts,
    arc,
    reconciliation: reconcileArcWithSpso(spso, receipts, arc),
  };
}

/** The observations of the statistics.gov.scot CSV for the period (docs/api.md, Regulator returns). */
export async function statisticsObservations(
  db: Queryable,
  org: ReturnOrganisation,
  period: Period,
): Promise<StatisticsRow[]> {
  return statisticsRows(await cubeCellsOf(db, org.id, period), {
    organisation: org.name,
    period,
    population: {
      count: org.population,
      wording: populationWording(org.sector, org.populationLabel),
    },
  });
}
