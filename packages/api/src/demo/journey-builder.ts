import type { ComplaintEvent as DomainEvent, Stage } from '@chp/domain';
import { JourneyEventType } from '../modules/complaints';
import { iso } from './calendar';
import type { Random } from './random';

/**
 * A journey under construction. The payloads of its steps come from the complaints module's
 * builders (modules/complaints/journey-payloads.ts), the ones the API's services store.
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
