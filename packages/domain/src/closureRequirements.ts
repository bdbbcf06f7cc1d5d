import type { Outcome, Stage } from './types';

/**
 * What a closure must carry at a stage, for forms. Mirrors {@link checkClosure}.
 *
 * @example
 * closureRequirements(2, 'resolved') // { outcome: true, agreement: true, signOff: true, spsoSignposting: 'required', ... }
 */
export function closureRequirements(stage: 1 | 2 | Stage, outcome?: Outcome | null) {
  return {
    outcome: true,
    agreement: outcome === 'resolved',
    signOff: stage === 2,
    spsoSignposting: stage === 2 ? ('required' as const) : ('forbidden' as const),
    tribunalSignpostingWhenTribunalCase: stage === 2,
    escalationRoute: stage === 1,
  };
}
