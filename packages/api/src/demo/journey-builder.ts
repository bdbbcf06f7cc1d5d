import type { ComplaintEvent as DomainEvent, Stage } from '@chp/domain';
import { JourneyEventType } from '../modules/complaints';
import { fromDomainEvent } from '../modules/complaints';
import { iso } from './calendar';
import type { Random } from './random';

/**
 * A journey under construction, and the payloads of its steps. Events the domain folds take their
 * payload from the API's own `fromDomainEvent` (modules/complaints/journey.ts), with the API's
 * extra fields after it; journey.ts has no builder for the other steps' payloads (note, points
 * agreed, sign-off, contact update, SPSO decision) nor for the extras on an extension, an
 * escalation or a closure, so they are written here for now.
 */
export interface Step {
  ms: number;
  type: JourneyEventType;
  stage: Stage | null;
  payload: Record<string, unknown>;
  by: string;
  domain?: DomainEvent;
}

/** A journey under construction: events in time order, nothing after `nowMs`. */
export class Journey {
  readonly steps: Step[] = [];
  readonly domain: DomainEvent[] = [];
  private cursor = -Infinity;
  stopped = false;

  constructor(
    private readonly nowMs: number,
    private readonly rng: Random,
  ) {}

  /** Adds a step at `ms` (moved just after the previous step if earlier); false once past "now". */
  add(
    ms: number,
    type: JourneyEventType,
    stage: Stage | null,
    payload: Record<string, unknown>,
    by: string,
    domain?: (at: string) => DomainEvent,
  ): boolean {
    if (this.stopped) return false;
    const at = Math.max(ms, this.cursor + this.rng.int(1, 20) * 60_000);
    if (at > this.nowMs) {
      this.stopped = true;
      return false;
    }
    this.cursor = at;
    const step: Step = { ms: at, type, stage, payload, by };
    if (domain) {
      step.domain = domain(iso(at));
      this.domain.push(step.domain);
    }
    this.steps.push(step);
    return true;
  }

  get lastMs(): number {
    return this.cursor;
  }
}

/** The payload of a domain event as the API stores it, with the API's extra fields after it. */
export function domainPayload(
  event: DomainEvent,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...fromDomainEvent(event).payload, ...extra };
}

/** An extension's payload: the new due date, why, and the manager who agreed it (§27, §62). */
export function extensionPayload(
  event: DomainEvent & { type: 'extended' },
  reason: string,
  agreedById: string,
): Record<string, unknown> {
  return domainPayload(event, { reason, agreedById });
}

/** An escalation's payload: a transfer while open, or a request checked against the time limit (§36). */
export function escalationPayload(e: {
  transfer: boolean;
  inTime: boolean;
  deadline: string | null;
  exceptionalCircumstances?: string | null;
}): Record<string, unknown> {
  return {
    transfer: e.transfer,
    inTime: e.inTime,
    deadline: e.deadline,
    ...(e.exceptionalCircumstances ? { exceptionalCircumstances: e.exceptionalCircumstances } : {}),
  };
}
