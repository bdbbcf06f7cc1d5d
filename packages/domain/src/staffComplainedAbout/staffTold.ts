import { ChpRuleError } from '../errors';
import {
  STAFF_CONTACT_METHODS,
  STAFF_SHARING,
  type StaffContactMethod,
  type StaffSharing,
} from './types';

/** How a member of staff complained about was told (§48). */
export interface StaffTold {
  how: StaffContactMethod;
  shared: StaffSharing;
  /** The compelling reason for sharing nothing of the complaint (§48). */
  notSharedReason: string | null;
}

/**
 * §48: the staff member is told and given the complaint information unless there are compelling
 * reasons not to; sharing nothing needs the reason. A reason given with the complaint shared is
 * dropped. Returns the record to store.
 *
 * @example
 * assertStaffTold({ how: 'phone', shared: 'nothing', notSharedReason: '' }) // throws NOT_SHARED_NEEDS_REASON
 */
export function assertStaffTold(told: StaffTold): StaffTold {
  if (!(STAFF_CONTACT_METHODS as readonly unknown[]).includes(told.how))
    throw new ChpRuleError('INVALID_STAFF_CONTACT_METHOD', `unknown method ${String(told.how)}`, {
      field: 'how',
    });
  if (!(STAFF_SHARING as readonly unknown[]).includes(told.shared))
    throw new ChpRuleError('INVALID_STAFF_SHARING', `unknown sharing ${String(told.shared)}`, {
      field: 'shared',
    });
  const reason = told.notSharedReason?.trim() || null;
  if (told.shared === 'nothing' && reason === null)
    throw new ChpRuleError(
      'NOT_SHARED_NEEDS_REASON',
      'give the compelling reason for not sharing the complaint',
      { field: 'notSharedReason' },
    );
  return {
    how: told.how,
    shared: told.shared,
    notSharedReason: told.shared === 'nothing' ? reason : null,
  };
}
