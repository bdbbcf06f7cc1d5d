import { addDays, type ComplaintEvent as DomainEvent } from '@chp/domain';
import { JourneyEventType } from '../../modules/complaints';
import { atLocalWith, iso } from '../calendar';
import { customer } from '../customer';
import { Journey } from '../journey-builder';
import { domainPayload, notePayload } from '../../modules/complaints';
import type { ComplaintBatch, DemoPerson } from '../rows';
import * as T from '../texts';
import { CHANNELS_CLOSED_DAY, CHANNELS_WEEKDAY } from '../weights';
import type { ComplaintContext, Draft } from './context';

/**
 * Recording (Part 4, Recording complaints): what the complaint is about, the customer, a member of
 * staff it names, and the `received` step (with a note now and then). Starts the draft.
 */
export function recordComplaint(batch: ComplaintBatch, c: ComplaintContext): Draft {
  const { rng, organisationId, staff } = c;
  const id = rng.uuid7(c.receivedMs);
  const receivedAt = iso(c.receivedMs);
  const category = rng.weighted(c.area.profile.categories);
  const channel = rng.weighted(c.working ? CHANNELS_WEEKDAY : CHANNELS_CLOSED_DAY);
  const serious = rng.chance(0.04);
  const direct = rng.chance(serious ? 0.5 : 0.105); // about 12% straight to stage 2 (§36)
  const awareOn = rng.chance(0.7)
    ? addDays(c.receivedOn, -rng.int(0, rng.chance(0.1) ? 240 : 45))
    : null;
  const areaHandlers = staff.handlersByArea.get(c.area.area.id);
  const handler =
    areaHandlers && rng.chance(0.85) ? rng.pick(areaHandlers) : rng.pick(staff.handlers);
  const manager = () => rng.pick(staff.managers.length > 0 ? staff.managers : staff.signOff);
  const bodies = T.SUMMARY_BODIES[category] ?? ['the service fell short of what they expected'];

  // customer (a few give no details at all)
  let customerId: string | null = null;
  if (rng.chance(0.97)) {
    customerId = rng.uuid7(c.receivedMs);
    batch.customers.push(customer(rng, organisationId, customerId, receivedAt));
  }
  let namedStaff: DemoPerson | null = null;
  if (rng.chance(0.05) && staff.named.length > 0) {
    namedStaff = rng.pick(staff.named);
    batch.staffMembers.push({
      organisation_id: organisationId,
      complaint_id: id,
      person_id: namedStaff.id,
    });
  }

  const j = new Journey(c.nowMs, rng);
  const receivedEvent = (at: string): DomainEvent => ({
    type: 'received',
    at,
    stage: direct ? 2 : 1,
    ...(awareOn ? { awareOn } : {}),
  });
  j.add(
    c.receivedMs,
    JourneyEventType.received,
    direct ? 2 : 1,
    domainPayload(receivedEvent(receivedAt), { channel }),
    handler.id,
    receivedEvent,
  );
  if (rng.chance(0.15)) {
    j.add(
      c.receivedMs + rng.int(30, 300) * 60_000,
      JourneyEventType.note,
      direct ? 2 : 1,
      notePayload(rng.pick(T.NOTES)),
      handler.id,
    );
  }

  return {
    c,
    batch,
    rng,
    id,
    receivedAt,
    category,
    channel,
    serious,
    direct,
    awareOn,
    handler,
    manager,
    bodies,
    customerId,
    namedStaff,
    j,
    atLocal: atLocalWith(rng),
    escalatedMs: null,
    exceptional: null,
    finalOutcome: null,
    finalClosedOn: null,
    pointRows: [],
    stage2: direct,
  };
}
