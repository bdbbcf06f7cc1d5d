import type { ComplaintEvent as DomainEvent } from '@chp/domain';
import { fromDomainEvent } from './journey';

/**
 * The payload stored with each journey step, built once for the services (lifecycle, closure)
 * and the demo seeder. Events the domain folds take their payload from `fromDomainEvent`, with
 * the API's extra fields after it. Key order is part of the stored JSON: keep it.
 */
export type Payload = Record<string, unknown>;

/** The payload of a domain event as the API stores it, with the API's extra fields after it. */
export function domainPayload(event: DomainEvent, extra: Payload = {}): Payload {
  return { ...fromDomainEvent(event).payload, ...extra };
}

/** docs/procedure.md §27, §62: the new due date, why, and the manager who agreed it. */
export function extensionPayload(
  event: DomainEvent & { type: 'extended' },
  reason: string,
  agreedById: string,
): Payload {
  return domainPayload(event, { reason, agreedById });
}

/** docs/procedure.md §36: a transfer while open, or a request checked against the time limit. */
export function escalationPayload(e: {
  transfer: boolean;
  inTime: boolean;
  deadline: string | null;
  exceptionalCircumstances?: string | null;
  /** The awareness date the limit was worked out from, when known. */
  awareOn?: string | null;
  /** No awareness date: the date of receipt stood in for it (docs/procedure.md §36). */
  awarenessFromReceipt?: boolean;
}): Payload {
  return {
    transfer: e.transfer,
    inTime: e.inTime,
    deadline: e.deadline,
    ...(e.exceptionalCircumstances ? { exceptionalCircumstances: e.exceptionalCircumstances } : {}),
    ...(e.awareOn ? { awareOn: e.awareOn } : {}),
    ...(e.awarenessFromReceipt ? { awarenessFromReceipt: true } : {}),
  };
}

/** A note on the complaint. */
export const notePayload = (note: string): Payload => ({ note });

/** docs/procedure.md §62: an update to the customer. */
export const contactUpdatePayload = (note: string): Payload => ({ note });

/** docs/procedure.md §42–47: the points of complaint agreed with the customer. */
export const pointsAgreedPayload = (points: string[]): Payload => ({ points });

/** docs/procedure.md §65: the stage 2 response signed off by an empowered manager. */
export const signOffPayload = (byId: string, role: string): Payload => ({
  byId,
  role,
  empowered: true,
});

/** The SPSO's decision on the complaint. */
export const spsoDecisionPayload = (decision: string, decidedOn: string): Payload => ({
  decision,
  decidedOn,
});

/** Contact after closure, and what it means (a new complaint, escalation or neither). */
export const postClosureContactPayload = (
  note: string,
  dissatisfied: boolean,
  meaning: string,
): Payload => ({ note, dissatisfied, meaning });

/** What a closure records besides the domain's stage and outcome (docs/procedure.md §31–34, §65–69). */
export interface ClosureExtras {
  findings?: readonly { pointId: string; finding: string; reason?: string | null }[];
  resolution?: { agreedAction: string; customerAgreedOn: string } | null;
  spsoSignposted: boolean;
  tribunalCase: boolean;
  tribunalSignposted: boolean;
  signedOffById?: string | null;
  /** Stage 1 closed after its last day: why it was not escalated (§29). */
  lateReason?: string | null;
  /** The record of what was said (§31–32, §69): the reasons for the decision and how it was given. */
  reasons?: string | null;
  communicatedBy?: string | null;
}

/** A closure's payload: the domain's, then findings, resolution, signposting and the sign-off. */
export function closurePayload(event: DomainEvent & { type: 'closed' }, e: ClosureExtras): Payload {
  const findings = e.findings ?? [];
  return domainPayload(event, {
    ...(findings.length
      ? {
          findings: findings.map((f) => ({
            pointId: f.pointId,
            finding: f.finding,
            ...(f.reason ? { reason: f.reason } : {}),
          })),
        }
      : {}),
    ...(e.resolution
      ? {
          resolution: {
            agreedAction: e.resolution.agreedAction,
            customerAgreedOn: e.resolution.customerAgreedOn,
          },
        }
      : {}),
    spsoSignposted: e.spsoSignposted,
    tribunalCase: e.tribunalCase,
    tribunalSignposted: e.tribunalSignposted,
    ...(e.signedOffById ? { signedOffById: e.signedOffById } : {}),
    ...(e.lateReason ? { lateReason: e.lateReason } : {}),
    ...(e.reasons ? { reasons: e.reasons } : {}),
    ...(e.communicatedBy ? { communicatedBy: e.communicatedBy } : {}),
  });
}
