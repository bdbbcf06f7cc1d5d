import { tribunalSignpostingApplies } from './tribunalSignposting';
import type { Outcome, Stage } from './types';

/**
 * What a closure must carry at a stage, for forms. Mirrors {@link checkClosure}; `sector` decides
 * whether the First-tier Tribunal may be signposted (§74: housing, stage 2).
 *
 * @example
 * closureRequirements(2, 'resolved', 'housing') // { outcome: true, agreement: true, signOff: true, spsoSignposting: 'required', tribunalSignposting: true, ... }
 */
export function closureRequirements(
  stage: 1 | 2 | Stage,
  outcome?: Outcome | null,
  sector?: string | null,
) {
  return {
    outcome: true,
    agreement: outcome === 'resolved',
    signOff: stage === 2,
    spsoSignposting: stage === 2 ? ('required' as const) : ('forbidden' as const),
    tribunalSignpostingWhenTribunalCase: stage === 2,
    /** The Tribunal question is asked at all (§74). */
    tribunalSignposting: tribunalSignpostingApplies(sector, stage),
    findingOnEveryPoint: stage === 2 && outcome !== 'resolved',
    escalationRoute: stage === 1,
    /** §31: the reasons for the decision (a resolved complaint records the agreed action). */
    reasons: stage === 1 && outcome !== 'resolved',
    /** §31–32, §69: how the response was given, unless the response letter was recorded as sent. */
    communicatedBy: true,
  };
}
