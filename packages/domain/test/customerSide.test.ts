import { describe, expect, it } from 'vitest';
import {
  checkCustomerSide,
  correspondent,
  defaultCommunicationMethod,
  hasSupportNeeds,
  isChpRuleError,
  mayCloseStage,
  maySharePersonalInformation,
  assertMayCloseStage,
  type CustomerSide,
  type Representative,
} from '../src';

const TODAY = '2026-03-10';
const side = (over: Partial<CustomerSide> = {}): CustomerSide => ({
  anonymous: false,
  customerDetailsGiven: true,
  representative: null,
  supportNeeds: null,
  ...over,
});
const rep = (consent: Representative['consent'] = null): Representative => ({
  name: 'Jo Advocate',
  relationship: 'Citizens Advice',
  consent,
});
const code = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return isChpRuleError(e) ? e.code : 'not a rule';
  }
};

describe('anonymous complaints (§11: anonymity is a choice made at recording)', () => {
  it('an anonymous complaint without details is accepted (§11)', () => {
    expect(
      code(() => checkCustomerSide(side({ anonymous: true, customerDetailsGiven: false }), TODAY)),
    ).toBeNull();
  });
  it('an anonymous complaint with customer details is refused (§11)', () => {
    expect(code(() => checkCustomerSide(side({ anonymous: true }), TODAY))).toBe(
      'ANONYMOUS_WITH_DETAILS',
    );
  });
  it('an anonymous complaint with a representative is refused (§11)', () => {
    expect(
      code(() =>
        checkCustomerSide(
          side({ anonymous: true, customerDetailsGiven: false, representative: rep() }),
          TODAY,
        ),
      ),
    ).toBe('ANONYMOUS_WITH_REPRESENTATIVE');
  });
  it('an anonymous complaint with support needs is refused (§11)', () => {
    const supportNeeds = { formats: ['large_print' as const], bsl: false };
    expect(
      code(() =>
        checkCustomerSide(
          side({ anonymous: true, customerDetailsGiven: false, supportNeeds }),
          TODAY,
        ),
      ),
    ).toBe('ANONYMOUS_WITH_SUPPORT_NEEDS');
  });
  it('a complaint with no details that is not marked anonymous stays not anonymous (§11: not implied)', () => {
    expect(correspondent({ anonymous: false, representative: null }, TODAY)).toBe('customer');
  });
  it('nobody receives the responses to an anonymous complaint (§11)', () => {
    expect(correspondent({ anonymous: true, representative: null }, TODAY)).toBe('nobody');
  });
});

describe('representatives and consent (Part 1 §15–17)', () => {
  it('a representative may be recorded before consent arrives (Part 1 §15–17)', () => {
    expect(code(() => checkCustomerSide(side({ representative: rep(null) }), TODAY))).toBeNull();
  });
  it('consent without a date is refused (Part 1 §15–17)', () => {
    expect(
      code(() =>
        checkCustomerSide(
          side({ representative: rep({ givenOn: null, scope: ['act_on_complaint'] }) }),
          TODAY,
        ),
      ),
    ).toBe('CONSENT_INCOMPLETE');
  });
  it('consent covering nothing is refused (Part 1 §15–17)', () => {
    expect(
      code(() =>
        checkCustomerSide(side({ representative: rep({ givenOn: TODAY, scope: [] }) }), TODAY),
      ),
    ).toBe('CONSENT_INCOMPLETE');
  });
  it('consent dated after today is refused; today is accepted (Part 1 §15–17)', () => {
    const on = (givenOn: string) =>
      code(() =>
        checkCustomerSide(
          side({ representative: rep({ givenOn, scope: ['act_on_complaint'] }) }),
          TODAY,
        ),
      );
    expect(on('2026-03-11')).toBe('CONSENT_IN_FUTURE');
    expect(on('2026-03-10')).toBeNull();
  });
  it('nothing is shared with a representative without consent (Part 1 §15–17)', () => {
    expect(maySharePersonalInformation(rep(null), TODAY)).toBe(false);
  });
  it('consent only to act on the complaint does not share personal information (Part 1 §15–17)', () => {
    expect(
      maySharePersonalInformation(
        rep({ givenOn: '2026-03-01', scope: ['act_on_complaint'] }),
        TODAY,
      ),
    ).toBe(false);
  });
  it('information is shared from the day consent to share was given, not before (Part 1 §15–17)', () => {
    const r = rep({ givenOn: '2026-03-05', scope: ['share_information'] });
    expect(maySharePersonalInformation(r, '2026-03-04')).toBe(false);
    expect(maySharePersonalInformation(r, '2026-03-05')).toBe(true);
  });
  it('letters go to the representative when consent covers receiving the response (Part 1 §15–17)', () => {
    const r = rep({ givenOn: '2026-03-05', scope: ['receive_response'] });
    expect(correspondent({ anonymous: false, representative: r }, '2026-03-05')).toBe(
      'representative',
    );
    expect(correspondent({ anonymous: false, representative: r }, '2026-03-04')).toBe('customer');
  });
  it('consent to share information without receiving the response keeps letters with the customer (Part 1 §15–17)', () => {
    const r = rep({ givenOn: '2026-03-05', scope: ['share_information'] });
    expect(correspondent({ anonymous: false, representative: r }, TODAY)).toBe('customer');
  });
});

describe('support needs (SPSO practice note: equality and accessibility)', () => {
  it('no needs recorded: none (SPSO practice note: accessibility)', () => {
    expect(hasSupportNeeds(null)).toBe(false);
    expect(hasSupportNeeds({ formats: [], bsl: false, interpreterLanguage: '  ', other: '' })).toBe(
      false,
    );
  });
  it('a format, an interpreter, BSL, a named contact or another need each count (SPSO practice note: accessibility)', () => {
    expect(hasSupportNeeds({ formats: ['braille'], bsl: false })).toBe(true);
    expect(hasSupportNeeds({ formats: [], bsl: true })).toBe(true);
    expect(hasSupportNeeds({ formats: [], bsl: false, interpreterLanguage: 'Polish' })).toBe(true);
    expect(hasSupportNeeds({ formats: [], bsl: false, namedContact: 'Sam Reid' })).toBe(true);
    expect(hasSupportNeeds({ formats: [], bsl: false, other: 'Calls after 2pm' })).toBe(true);
  });
});

describe('preferred contact (§41, §65)', () => {
  it('the response goes by the preferred method; a letter when none is recorded (§65)', () => {
    expect(defaultCommunicationMethod('email')).toBe('email');
    expect(defaultCommunicationMethod('phone')).toBe('phone');
    expect(defaultCommunicationMethod('in_person')).toBe('face_to_face');
    expect(defaultCommunicationMethod('letter')).toBe('letter');
    expect(defaultCommunicationMethod(null)).toBe('letter');
  });
});

describe('who may close stage 1 (§21)', () => {
  it('by default only handlers and managers close stage 1 (§21, organisation setting)', () => {
    expect(mayCloseStage('handler', 1, 'handlers_and_managers')).toBe(true);
    expect(mayCloseStage('manager', 1, 'handlers_and_managers')).toBe(true);
    expect(mayCloseStage('staff', 1, 'handlers_and_managers')).toBe(false);
    expect(mayCloseStage('communications', 1, 'handlers_and_managers')).toBe(false);
  });
  it('with "any member of staff" every role may close stage 1 (§21)', () => {
    expect(mayCloseStage('staff', 1, 'any_staff')).toBe(true);
    expect(mayCloseStage('communications', 1, 'any_staff')).toBe(true);
  });
  it('stage 2 stays with handlers and managers whatever the setting (§21 is about stage 1)', () => {
    expect(mayCloseStage('staff', 2, 'any_staff')).toBe(false);
    expect(code(() => assertMayCloseStage('staff', 2, 'any_staff'))).toBe('CLOSER_NOT_ALLOWED');
    expect(mayCloseStage('handler', 2, 'any_staff')).toBe(true);
  });
});
