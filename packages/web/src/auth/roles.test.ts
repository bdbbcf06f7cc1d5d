import { describe, expect, it } from 'vitest';
import type { Role } from '@chp/domain';
import { homeFor, mayOpen, navigationFor } from './roles';

const labels = (role: Role) => navigationFor(role).map((i) => i.label);

describe('the navigation each role sees', () => {
  it('gives staff who only own actions nothing but their actions', () => {
    expect(labels('staff')).toEqual(['My actions']);
    expect(homeFor('staff')).toBe('/actions/mine');
  });

  it('gives communications staff the figures and the actions, but no complaint register', () => {
    expect(labels('communications')).toEqual([
      'Overview',
      'Indicators',
      'Trends',
      'My actions',
      'All actions',
      'Publications',
      'Board packs',
    ]);
  });

  it('gives handlers the register, the figures and their own actions', () => {
    expect(labels('handler')).toEqual([
      'Overview',
      'Complaints',
      'Indicators',
      'Trends',
      'My actions',
    ]);
    expect(mayOpen('handler', '/actions')).toBe(false);
    expect(mayOpen('handler', '/publications')).toBe(false);
    expect(mayOpen('handler', '/board-packs')).toBe(false);
  });

  it.each(['admin', 'senior_manager', 'manager'] as const)('gives %s everything', (role) => {
    expect(labels(role).slice(0, 8)).toEqual([
      'Overview',
      'Complaints',
      'Indicators',
      'Trends',
      'My actions',
      'All actions',
      'Publications',
      'Board packs',
    ]);
    expect(homeFor(role)).toBe('/');
  });

  it('gives managers and senior management the regulator returns, no one else (docs/procedure.md, Regulator returns)', () => {
    for (const role of ['admin', 'senior_manager', 'manager'] as const) {
      expect(labels(role)).toContain('Returns');
      expect(mayOpen(role, '/returns')).toBe(true);
    }
    for (const role of ['handler', 'communications', 'staff'] as const) {
      expect(labels(role)).not.toContain('Returns');
      expect(mayOpen(role, '/returns')).toBe(false);
    }
  });

  it('gives managers and senior management the SPSO recommendations list, no one else (docs/procedure.md, SPSO recommendations)', () => {
    for (const role of ['admin', 'senior_manager', 'manager'] as const) {
      expect(labels(role)).toContain('SPSO recommendations');
      expect(mayOpen(role, '/spso-recommendations')).toBe(true);
    }
    for (const role of ['handler', 'communications', 'staff'] as const) {
      expect(labels(role)).not.toContain('SPSO recommendations');
      expect(mayOpen(role, '/spso-recommendations')).toBe(false);
    }
  });

  it('gives only the administrator the staff page, for sign-in links (docs/procedure.md, Accounts)', () => {
    expect(labels('admin')).toContain('Staff');
    expect(labels('manager')).not.toContain('Staff');
    expect(mayOpen('admin', '/staff')).toBe(true);
    expect(mayOpen('senior_manager', '/staff')).toBe(false);
  });

  it('gives only the administrator the administration screens (issue 13)', () => {
    expect(labels('admin')).toContain('Administration');
    expect(labels('senior_manager')).not.toContain('Administration');
    expect(mayOpen('admin', '/admin/closure-days')).toBe(true);
    expect(mayOpen('manager', '/admin/organisation')).toBe(false);
  });

  it('lets those who read the audit log open it: the administrator and senior managers', () => {
    expect(mayOpen('senior_manager', '/admin/audit')).toBe(true);
    expect(mayOpen('manager', '/admin/audit')).toBe(false);
  });

  it('lets the roles that import complaints open the import page: admin and managers (docs/procedure.md, Importing complaints)', () => {
    expect(mayOpen('admin', '/imports')).toBe(true);
    expect(mayOpen('senior_manager', '/imports')).toBe(true);
    expect(mayOpen('manager', '/imports')).toBe(true);
    expect(mayOpen('handler', '/imports')).toBe(false);
    expect(mayOpen('communications', '/imports')).toBe(false);
  });

  it('gives only the administrator the service-area and root-cause screens', () => {
    expect(mayOpen('admin', '/admin/service-areas')).toBe(true);
    expect(mayOpen('admin', '/admin/root-causes')).toBe(true);
    expect(mayOpen('manager', '/admin/root-causes')).toBe(false);
    expect(mayOpen('handler', '/admin/service-areas')).toBe(false);
  });

  it('gives only the administrator the Outbox (docs/procedure.md, Reminders and e-mail)', () => {
    expect(labels('admin').at(-1)).toBe('Outbox');
    expect(labels('senior_manager')).not.toContain('Outbox');
    expect(mayOpen('admin', '/outbox')).toBe(true);
    expect(mayOpen('manager', '/outbox')).toBe(false);
    expect(mayOpen('staff', '/notifications')).toBe(true);
  });
});

describe('which addresses a role may open', () => {
  it('keeps staff out of complaints and figures', () => {
    expect(mayOpen('staff', '/complaints')).toBe(false);
    expect(mayOpen('staff', '/complaints/abc')).toBe(false);
    expect(mayOpen('staff', '/')).toBe(false);
    expect(mayOpen('staff', '/actions')).toBe(false);
    expect(mayOpen('staff', '/actions/abc')).toBe(true);
  });

  it('lets communications open a complaint page (without personal data) but not the register', () => {
    expect(mayOpen('communications', '/complaints')).toBe(false);
    expect(mayOpen('communications', '/complaints/abc')).toBe(true);
    expect(mayOpen('communications', '/indicators')).toBe(true);
  });
});

describe('who opens the publications ("you said, we did", docs/procedure.md, Reporting and publishing)', () => {
  it('lets communications staff and managers open them', () => {
    expect(mayOpen('communications', '/publications/abc')).toBe(true);
    expect(mayOpen('manager', '/publications')).toBe(true);
  });

  it('keeps staff who only own actions out of them', () => {
    expect(mayOpen('staff', '/publications')).toBe(false);
    expect(mayOpen('staff', '/publications/abc')).toBe(false);
  });
});
