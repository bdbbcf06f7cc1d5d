import { periodKeyName } from '@chp/domain';
import type { PublicationKind } from './types';

/*
 * A publication's period is a @chp/domain period key ('2026-Q3', '2026/27'): its range, names and
 * the periods a new one may cover are the domain's `periodKeyRange`, `periodKeyLabel`,
 * `periodKeyName` and `completedPeriodKeys`. Only the starting title is the dashboard's own.
 */

/** The title a new publication starts with; communications staff may change it. */
export function defaultTitle(kind: PublicationKind, period: string): string {
  return kind === 'quarterly'
    ? `You said, we did: ${periodKeyName(period)}`
    : `Complaints performance report ${period}`;
}
