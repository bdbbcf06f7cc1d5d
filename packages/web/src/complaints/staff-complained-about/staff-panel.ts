import {
  assertStaffTold,
  isChpRuleError,
  ruleMessage,
  type StaffContactMethod,
  type StaffSharing,
} from '@chp/domain';
import { formatDate } from '../../lib/format';

/** The panel's pure logic (docs/procedure.md, Staff complained about), tested on its own. */

export const CONTACT_METHOD_LABELS: Record<StaffContactMethod, string> = {
  in_person: 'In person',
  phone: 'Phone',
  video_call: 'Video call',
  email: 'E-mail',
  letter: 'Letter',
};

export const SHARING_LABELS: Record<StaffSharing, string> = {
  in_full: 'The complaint in full',
  summary: 'A summary',
  nothing: 'Nothing (compelling reason)',
};

export interface StaffMemberView {
  personId: string;
  person: { name: string };
  toldAt: string | null;
  toldHow: StaffContactMethod | null;
  shared: StaffSharing | null;
  notSharedReason: string | null;
  supportContact: { name: string } | null;
  updates: readonly { at: string; how: StaffContactMethod }[];
  nextUpdateDue: string | null;
  responseSharedOn: string | null;
}

/** "Told 2 Mar 2026 by phone: a summary", or what is still to do (§48). */
export function toldSummary(m: StaffMemberView): string {
  if (!m.toldAt || !m.toldHow || !m.shared) return 'Not yet told';
  const how = CONTACT_METHOD_LABELS[m.toldHow].toLowerCase();
  const what =
    m.shared === 'nothing'
      ? `nothing shared (${m.notSharedReason ?? 'reason not recorded'})`
      : SHARING_LABELS[m.shared].toLowerCase();
  return `Told ${formatDate(m.toldAt)} by ${how}: ${what}`;
}

/** "2 updates, the latest 20 Apr 2026", or "None" (§62). */
export function updatesSummary(m: StaffMemberView): string {
  if (m.updates.length === 0) return 'None';
  const latest = m.updates[m.updates.length - 1]!;
  const n = m.updates.length;
  return `${n} ${n === 1 ? 'update' : 'updates'}, the latest ${formatDate(latest.at)} (${CONTACT_METHOD_LABELS[latest.how].toLowerCase()})`;
}

/** Whether the next update is overdue, due today or coming (§62); null when none is owed. */
export function nextUpdateState(
  m: Pick<StaffMemberView, 'nextUpdateDue'>,
  today: string,
): 'overdue' | 'today' | 'coming' | null {
  if (!m.nextUpdateDue) return null;
  if (m.nextUpdateDue < today) return 'overdue';
  return m.nextUpdateDue === today ? 'today' : 'coming';
}

interface PersonChoice {
  id: string;
  name: string;
  active: boolean;
}

/** Who may be named: active staff not already named. */
export const nameableStaff = (people: readonly PersonChoice[], namedIds: readonly string[]) =>
  people.filter((p) => p.active && !namedIds.includes(p.id));

/**
 * Who may be offered as support contact: any active colleague but the member of staff. The
 * investigator and the person signing off are offered too and refused by the API with its
 * message (§48), so the one rule stays in @chp/domain.
 */
export const supportContactChoices = (people: readonly PersonChoice[], staffMemberId: string) =>
  people.filter((p) => p.active && p.id !== staffMemberId);

/** The told form's own check, by the domain's rule (§48): field → message. */
export function checkTold(told: {
  how: string;
  shared: string;
  notSharedReason: string;
}): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!told.how) missing['how'] = 'Choose how they were told.';
  if (!told.shared) missing['shared'] = 'Choose what was shared.';
  if (Object.keys(missing).length) return missing;
  try {
    assertStaffTold({
      how: told.how as StaffContactMethod,
      shared: told.shared as StaffSharing,
      notSharedReason: told.notSharedReason,
    });
  } catch (e) {
    if (isChpRuleError(e)) {
      const field = (e.details as { field?: string } | undefined)?.field ?? 'shared';
      missing[field] = ruleMessage(e.code, { field }) ?? 'Check this answer.';
    } else throw e;
  }
  return missing;
}
