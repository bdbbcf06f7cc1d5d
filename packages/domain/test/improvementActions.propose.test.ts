/** Improvement actions: proposing one (owner, target date) and its authorisation by a manager. */
import { describe, expect, it } from 'vitest';
import { proposeAction } from '../src';
import { codeOf } from './helpers';
import {
  inProgress,
  manager,
  owner,
  proposed,
  authorised,
  step,
} from './support/improvementActions';

describe('learning: proposing an improvement action (Part 4, Learning from complaints)', () => {
  it('a proposal has an owner and a target date and starts as proposed', () =>
    expect(proposed).toMatchObject({
      status: 'proposed',
      ownerId: 'owner-1',
      targetDate: '2026-04-30',
      authorisedById: null,
    }));
  it('a target date of today is accepted', () =>
    expect(proposeAction({ ownerId: 'o', targetDate: '2026-03-02' }, '2026-03-02').status).toBe(
      'proposed',
    ));
  it('a target date before today is TARGET_DATE_IN_PAST', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: 'o', targetDate: '2026-03-01' }, '2026-03-02')),
    ).toBe('TARGET_DATE_IN_PAST'));
  it('a proposal without an owner is ACTION_NEEDS_OWNER', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: ' ', targetDate: '2026-04-30' }, '2026-03-02')),
    ).toBe('ACTION_NEEDS_OWNER'));
  it('a target date that does not exist is INVALID_DATE', () =>
    expect(
      codeOf(() => proposeAction({ ownerId: 'o', targetDate: '2026-02-30' }, '2026-01-02')),
    ).toBe('INVALID_DATE'));
  it('the rule error names the field for the API', () => {
    try {
      proposeAction({ ownerId: 'o', targetDate: '2026-03-01' }, '2026-03-02');
    } catch (e) {
      expect((e as { details: unknown }).details).toEqual({ field: 'targetDate' });
    }
  });
});

describe('learning: authorisation by an appropriate manager', () => {
  it('a manager authorises a proposed action, recording who and when', () =>
    expect(authorised).toMatchObject({
      status: 'authorised',
      authorisedById: 'manager-1',
      authorisedOn: '2026-03-03',
    }));
  it('someone who is not a manager cannot authorise: AUTHORISER_NOT_MANAGER', () =>
    expect(codeOf(() => step(proposed, { type: 'authorise' }, owner, '2026-03-03'))).toBe(
      'AUTHORISER_NOT_MANAGER',
    ));
  it('an action is authorised once: ACTION_ALREADY_AUTHORISED', () =>
    expect(codeOf(() => step(authorised, { type: 'authorise' }, manager, '2026-03-04'))).toBe(
      'ACTION_ALREADY_AUTHORISED',
    ));
  it('an action in progress is already authorised', () =>
    expect(codeOf(() => step(inProgress, { type: 'authorise' }, manager, '2026-03-11'))).toBe(
      'ACTION_ALREADY_AUTHORISED',
    ));
});
