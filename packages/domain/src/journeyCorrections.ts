import { ChpRuleError, isChpRuleError } from './errors';
import { foldEvents } from './internal/fold';
import type { ComplaintEvent, ContactType, IsoDate, TimelineSettings } from './types';

/**
 * One stored row of a complaint's journey, as corrections read it (docs/procedure.md, Correcting
 * a record). The journey is append-only: a correction and a void are rows of their own.
 * - `step`: a step as recorded; `event` is the domain's view of it, or null for the steps the
 *   timeline does not fold (a note, a contact update, the SPSO decision...); `type` names it.
 * - `corrected`: details corrected with a reason; `awareOn` when the date the customer first
 *   knew of the problem was corrected (null: removed).
 * - `voided`: the step `voidedId` was recorded by mistake and counts as absent.
 */
export type RecordedStep =
  | { id: string; kind: 'step'; type: string; event: ComplaintEvent | null }
  | { id: string; kind: 'corrected'; awareOn?: IsoDate | null }
  | { id: string; kind: 'voided'; voidedId: string };

/** The ids of the steps voided in a journey. */
export function voidedStepIds(steps: readonly RecordedStep[]): ReadonlySet<string> {
  return new Set(steps.flatMap((s) => (s.kind === 'voided' ? [s.voidedId] : [])));
}

/**
 * The journey the timeline is worked out from: voided steps are absent, and the latest
 * correction of the awareness date replaces the one recorded at receipt (§36, Appendix 1 §12:
 * the escalation limit runs from it).
 *
 * @example
 * correctedJourney([
 *   { id: '1', kind: 'step', type: 'received', event: { type: 'received', at: '2026-03-02T09:00:00Z', stage: 1 } },
 *   { id: '2', kind: 'step', type: 'closed', event: { type: 'closed', at: '2026-03-04T09:00:00Z', stage: 1, outcome: 'upheld' } },
 *   { id: '3', kind: 'voided', voidedId: '2' },
 * ]) // [{ type: 'received', ... }]
 */
export function correctedJourney(steps: readonly RecordedStep[]): ComplaintEvent[] {
  const voided = voidedStepIds(steps);
  let awareOn: IsoDate | null | undefined;
  for (const s of steps) if (s.kind === 'corrected' && s.awareOn !== undefined) awareOn = s.awareOn;
  const events: ComplaintEvent[] = [];
  for (const s of steps) {
    if (s.kind !== 'step' || s.event === null || voided.has(s.id)) continue;
    if (s.event.type === 'received' && awareOn !== undefined) {
      const { awareOn: _recorded, ...received } = s.event;
      events.push(awareOn === null ? received : { ...received, awareOn });
    } else events.push(s.event);
  }
  return events;
}

/** Steps that answer a closure: voiding the closure would leave them answering nothing. */
const FOLLOWS_CLOSURE = new Set(['spso_decision', 'post_closure_contact']);

/**
 * Throws the ChpRuleError that voiding step `voidedId` would break (docs/procedure.md,
 * Correcting a record): the receipt is never voided (VOID_RECEIPT), nor a correction or a void
 * (VOID_NOT_A_STEP), nor a step twice (VOID_ALREADY_VOIDED); and the journey left must be one
 * the procedure allows, read as recorded (VOID_LEAVES_IMPOSSIBLE_JOURNEY), e.g. an escalation
 * whose stage 2 was since acknowledged or closed, or a stage 1 closure that was escalated.
 *
 * @example
 * checkVoid(steps, 'id of the stage 1 closure') // throws VOID_LEAVES_IMPOSSIBLE_JOURNEY once escalated
 */
export function checkVoid(
  steps: readonly RecordedStep[],
  voidedId: string,
  settings: TimelineSettings = {},
  context: { contactType?: ContactType } = {},
): void {
  const index = steps.findIndex((s) => s.id === voidedId);
  const target = steps[index];
  if (!target) throw new ChpRuleError('VOID_NOT_FOUND', `no step ${voidedId}`);
  if (target.kind !== 'step')
    throw new ChpRuleError('VOID_NOT_A_STEP', 'a correction or a void is not a step');
  if (target.type === 'received')
    throw new ChpRuleError('VOID_RECEIPT', 'the receipt is never voided');
  const voided = voidedStepIds(steps);
  if (voided.has(voidedId))
    throw new ChpRuleError('VOID_ALREADY_VOIDED', `step ${voidedId} is voided`);
  const impossible = (why: string) => new ChpRuleError('VOID_LEAVES_IMPOSSIBLE_JOURNEY', why);
  const later = steps.slice(index + 1).filter((s) => s.kind === 'step' && !voided.has(s.id));
  const event = target.event;
  if (event?.type === 'closed') {
    // §36: a closed stage 1 that was escalated would become a transfer while open
    if (event.stage === 1 && later.some((s) => s.kind === 'step' && s.type === 'escalated'))
      throw impossible('the stage 1 response was escalated');
    if (later.some((s) => s.kind === 'step' && FOLLOWS_CLOSURE.has(s.type)))
      throw impossible('a later step answers the closure');
  }
  // §11–12: something that is not a complaint never enters the procedure
  if (
    event?.type === 'ended' &&
    event.outcome === 'not_a_complaint' &&
    context.contactType !== undefined &&
    context.contactType !== 'complaint'
  )
    throw impossible('the contact was not a complaint');
  const left = correctedJourney([...steps, { id: `${voidedId}-void`, kind: 'voided', voidedId }]);
  try {
    foldEvents(left, settings, true);
  } catch (e) {
    if (isChpRuleError(e)) throw impossible(e.code);
    throw e;
  }
}

/** One corrected detail: what was recorded and what it is now. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (list: unknown[]) =>
      list
        .map((x) => String(x))
        .sort()
        .join('\u0000');
    return a.length === b.length && key(a) === key(b);
  }
  return (a ?? null) === (b ?? null);
};

/**
 * The details a correction changes: each field given in `after` (a field left out is not being
 * corrected) whose value differs from `before` (lists compare as sets). Throws
 * CORRECTION_CHANGES_NOTHING when none does (docs/procedure.md, Correcting a record).
 *
 * @example
 * correctionChanges({ category: 'Repairs' }, { category: 'Rent' }) // [{ field: 'category', before: 'Repairs', after: 'Rent' }]
 */
export function correctionChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const changes = Object.keys(after)
    .filter((field) => after[field] !== undefined && !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
  if (changes.length === 0)
    throw new ChpRuleError('CORRECTION_CHANGES_NOTHING', 'no detail differs');
  return changes;
}
