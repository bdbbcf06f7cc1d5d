import { describe, expect, it } from 'vitest';
import {
  ROLES,
  administers,
  approvesPublications,
  empoweredToSignOff,
  handlesComplaints,
  isManager,
  isRole,
  ownsActions,
  readsAnalytics,
  readsAudit,
  readsComplaints,
  rolesThat,
  seesPersonalData,
  writesPublications,
} from '../src';

describe('roles and what each may do', () => {
  it('there are six roles', () =>
    expect(ROLES).toEqual([
      'admin',
      'senior_manager',
      'manager',
      'handler',
      'communications',
      'staff',
    ]));
  it('managers are the administrator, senior managers and managers', () =>
    expect(rolesThat(isManager)).toEqual(['admin', 'senior_manager', 'manager']));
  it('complaint handlers are the managers and handlers', () =>
    expect(rolesThat(handlesComplaints)).toEqual([
      'admin',
      'senior_manager',
      'manager',
      'handler',
    ]));
  it('communications staff read complaints but never see personal data', () => {
    expect(readsComplaints('communications')).toBe(true);
    expect(seesPersonalData('communications')).toBe(false);
  });
  it('action-only staff read neither complaints nor analytics', () => {
    expect(readsComplaints('staff')).toBe(false);
    expect(readsAnalytics('staff')).toBe(false);
  });
  it('the administrator may not sign off a stage 2 response (§65)', () =>
    expect(rolesThat(empoweredToSignOff)).toEqual(['senior_manager', 'manager']));
  it('publications are written by managers and communications, approved by (senior) managers', () => {
    expect(rolesThat(writesPublications)).toEqual([
      'admin',
      'senior_manager',
      'manager',
      'communications',
    ]);
    expect(rolesThat(approvesPublications)).toEqual(['senior_manager', 'manager']);
  });
  it('everyone but communications may own an improvement action', () =>
    expect(rolesThat(ownsActions)).toEqual([
      'admin',
      'senior_manager',
      'manager',
      'handler',
      'staff',
    ]));
  it('the audit log is read by the administrator and senior managers; only the administrator administers', () => {
    expect(rolesThat(readsAudit)).toEqual(['admin', 'senior_manager']);
    expect(rolesThat(administers)).toEqual(['admin']);
  });
  it('a string is a role only when it is one of the six', () => {
    expect(isRole('manager')).toBe(true);
    expect(isRole('Manager')).toBe(false);
  });
});
