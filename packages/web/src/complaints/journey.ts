import { withPerson } from '@chp/domain';
import { formatDate } from '../lib/format-date';
import { humanise } from '../lib/format';
import { CHANNELS, PREFERRED_CONTACT } from './labels';
import type { JourneyEvent } from './types';

const CHANNEL_STAGE = (stage: number | null) => (stage ? ` at stage ${stage}` : '');

/**
 * A journey step in words: 'Received at stage 1', 'Extended to 12 Mar 2026', 'Closed: upheld';
 * `person` is the organisation's word for the person complaining ('customer' by default).
 */
export function journeyTitle(
  e: Pick<JourneyEvent, 'type' | 'stage' | 'details'>,
  person?: string,
): string {
  const d = e.details ?? {};
  switch (e.type) {
    case 'received':
      return `Received${CHANNEL_STAGE(e.stage)}`;
    case 'extended':
      return typeof d['dueOn'] === 'string'
        ? `Stage ${e.stage} extended to ${formatDate(d['dueOn'])}`
        : `Stage ${e.stage} extended`;
    case 'escalated':
      return d['transfer'] ? 'Transferred to stage 2' : 'Escalated to stage 2';
    case 'acknowledged':
      return 'Stage 2 acknowledged';
    case 'points_agreed':
      return 'Points of complaint agreed';
    case 'contact_update':
      return withPerson('Update to the {person}', person);
    case 'note':
      return 'Note';
    case 'signed_off':
      return 'Stage 2 response signed off';
    case 'closed':
      return typeof d['outcome'] === 'string'
        ? `Stage ${e.stage} closed: ${humanise(d['outcome']).toLowerCase()}`
        : `Stage ${e.stage} closed`;
    case 'spso_decision':
      return typeof d['decision'] === 'string'
        ? `SPSO decision: ${humanise(d['decision']).toLowerCase()}`
        : 'SPSO decision';
    case 'ended':
      // an outcome beyond the four (docs/procedure.md, Before stage 1)
      return typeof d['outcome'] === 'string'
        ? `Ended: ${humanise(d['outcome']).toLowerCase()}`
        : 'Ended';
    case 'corrected':
      return 'Details corrected';
    case 'voided':
      return typeof d['voidedType'] === 'string'
        ? `Step voided: ${humanise(d['voidedType']).toLowerCase()}`
        : 'Step voided';
    case 'post_closure_contact':
      return d['dissatisfied']
        ? 'Contact after closure: still dissatisfied'
        : 'Contact after closure';
    default:
      return humanise(e.type);
  }
}

/** The details worth reading under a step (notes, reasons, points), one line each. */
export function journeyDetails(e: Pick<JourneyEvent, 'type' | 'details'>): string[] {
  const d = e.details ?? {};
  const lines: string[] = [];
  if (typeof d['reason'] === 'string') lines.push(`Reason: ${d['reason']}`);
  if (typeof d['note'] === 'string') lines.push(d['note']);
  if (Array.isArray(d['points']))
    d['points'].forEach((p, i) => lines.push(`${i + 1}. ${String(p)}`));
  if (typeof d['exceptionalCircumstances'] === 'string')
    lines.push(`Exceptional circumstances: ${d['exceptionalCircumstances']}`);
  if (e.type === 'escalated' && d['inTime'] === false)
    lines.push('Accepted outside the time limit');
  if (e.type === 'escalated' && d['awarenessFromReceipt'] === true)
    lines.push('Time limit counted from the date of receipt (awareness date not known)');
  if (e.type === 'closed' && typeof d['lateReason'] === 'string')
    lines.push(`Closed at stage 1 after its last day: ${d['lateReason']}`);
  const resolution = d['resolution'] as
    { agreedAction?: string; customerAgreedOn?: string } | undefined;
  if (resolution?.agreedAction) {
    lines.push(
      `Agreed action: ${resolution.agreedAction}${resolution.customerAgreedOn ? ` (agreed ${formatDate(resolution.customerAgreedOn)})` : ''}`,
    );
  }
  if (e.type === 'closed' && d['spsoSignposted'] === true) lines.push('Signposted to the SPSO');
  if (e.type === 'closed' && d['tribunalSignposted'] === true)
    lines.push('Signposted to the First-tier Tribunal');
  if (typeof d['decidedOn'] === 'string') lines.push(`Decided on ${formatDate(d['decidedOn'])}`);
  return lines;
}

/** What a corrected detail is called on the page (docs/procedure.md, Correcting a record). */
export const CORRECTED_FIELD_LABELS: Record<string, string> = {
  serviceAreaId: 'Service area',
  category: 'Category',
  channel: 'Channel',
  summary: 'Summary',
  outcomeSought: 'Outcome sought',
  serious: 'Serious',
  seriousStageOneReason: 'Why a serious complaint stays at stage 1',
  awareOn: 'Date the customer first knew',
  handlerId: 'Handler',
  namedStaffIds: 'Staff named',
  'customer.name': 'Customer name',
  'customer.email': 'Customer e-mail',
  'customer.phone': 'Customer phone',
  'customer.address': 'Customer address',
  'customer.postcode': 'Customer postcode',
  'customer.preferredContact': 'Preferred contact',
};

/** People by id (lists comma-separated): by name when `names` knows everyone, never as ids. */
const BY_ID = new Set(['handlerId', 'namedStaffIds']);

function peopleNamed(v: string | null | undefined, names: Record<string, string>): string | null {
  const ids = v ? v.split(', ') : [];
  if (ids.length === 0) return '(none)';
  const named = ids.map((id) => names[id]);
  return named.every((n) => n !== undefined) ? named.join(', ') : null;
}

/**
 * One line per corrected detail: 'Category: Repairs → Rent'. Personal values withheld from the
 * viewer's role read 'changed (personal data, not shown)'; `names` turns service area and people
 * ids into names.
 */
export function correctionLines(
  corrections: readonly {
    field: string;
    withheld: boolean;
    before?: string | null;
    after?: string | null;
  }[],
  names: Record<string, string> = {},
): string[] {
  const show = (field: string, v: string | null | undefined) => {
    if (v === null || v === undefined || v === '') return '(none)';
    if (field === 'awareOn') return formatDate(v);
    if (field === 'serious') return v === 'true' ? 'yes' : 'no';
    if (field === 'channel') return CHANNELS.find(([c]) => c === v)?.[1] ?? humanise(v);
    if (field === 'customer.preferredContact')
      return PREFERRED_CONTACT.find(([c]) => c === v)?.[1] ?? humanise(v);
    return names[v] ?? v;
  };
  return corrections.map((c) => {
    const label = CORRECTED_FIELD_LABELS[c.field] ?? humanise(c.field);
    if (c.withheld) return `${label}: changed (personal data, not shown)`;
    if (BY_ID.has(c.field)) {
      const [before, after] = [peopleNamed(c.before, names), peopleNamed(c.after, names)];
      return before === null || after === null
        ? `${label}: changed`
        : `${label}: ${before} → ${after}`;
    }
    return `${label}: ${show(c.field, c.before)} → ${show(c.field, c.after)}`;
  });
}
