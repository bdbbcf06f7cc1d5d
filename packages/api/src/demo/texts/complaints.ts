/** Word lists for the demo data: what complaints say, and the words of each step of their journey. */

export const SUMMARY_OPENERS = [
  'The customer says',
  'The tenant reports that',
  'Complaint that',
  'The customer is unhappy that',
  'Caller explained that',
];

export const SUMMARY_BODIES: Record<string, readonly string[]> = {
  'Repair not completed': [
    'a repair reported several weeks ago has still not been done',
    'the kitchen tap has been leaking since the last visit',
    'the bathroom extractor fan is still broken',
  ],
  'Missed appointment': [
    'the operative did not turn up for the booked appointment',
    'they took a day off work and nobody came',
    'the appointment was cancelled without notice',
  ],
  'Quality of repair': [
    'the new window does not close properly',
    'the repair to the ceiling has cracked again',
    'the operative left the work unfinished',
  ],
  'Damp and mould': [
    'there is black mould in the bedroom which is affecting their child',
    'damp in the living room has returned after treatment',
    'condensation is damaging furniture',
  ],
  'Heating and hot water': [
    'the boiler has broken down for the third time this winter',
    'there has been no hot water for four days',
    'the storage heaters do not work',
  ],
  'Gas safety check': [
    'the gas safety visit was booked at an unsuitable time',
    'the engineer left without completing the check',
  ],
  'Rent account error': [
    'a payment was not credited to the rent account',
    'the rent statement shows arrears that are not owed',
  ],
  'Service charge dispute': [
    'the service charge rose without explanation',
    'they are charged for a service that is not provided',
  ],
  'Arrears action': [
    'a notice was issued while a payment plan was in place',
    'arrears letters continued after the debt was cleared',
  ],
  'Housing benefit or Universal Credit': [
    'the landlord verification for Universal Credit was delayed',
    'housing costs were not confirmed to DWP in time',
  ],
  'Grounds maintenance': [
    'the grass in the back court has not been cut all summer',
    'hedges overhanging the path have not been trimmed',
  ],
  'Close cleaning': [
    'the close has not been cleaned for weeks',
    'the close cleaning contractor misses their block',
  ],
  'Fly-tipping and bulk uplift': [
    'bulk items have been left at the bin store for a month',
    'the uplift they booked did not happen',
  ],
  'Factoring charges': [
    'the factoring invoice includes work that was not carried out',
    'the factoring charge was not explained',
  ],
  Parking: [
    "residents' parking bays are being used by others",
    'the car park barrier has been broken for weeks',
  ],
  'Noise from neighbours': [
    'noise from the flat above continues late at night',
    'repeated reports about loud music have not been acted on',
  ],
  Harassment: [
    'a neighbour is harassing their family',
    'reports of intimidation were not taken seriously',
  ],
  'Action not taken on report': [
    'nobody contacted them after they reported anti-social behaviour',
    'the case was closed without telling them',
  ],
  'Pets and animals': [
    "a neighbour's dog barks all day",
    'dog fouling in the shared garden has not been dealt with',
  ],
  'Housing application': [
    'their housing application has not been assessed',
    'their points were calculated wrongly',
  ],
  'Offer of housing': [
    'the offer made was unsuitable for their medical needs',
    'an offer was withdrawn without explanation',
  ],
  'Transfer request': [
    'their transfer request has been ignored',
    'the transfer list position has not moved in a year',
  ],
  'Condition of new tenancy': [
    'the new home was not clean or safe at the start of the tenancy',
    'the property had outstanding repairs when they moved in',
  ],
  'Telephone not answered': [
    'they could not get through on the phone for a week',
    'calls to the office go unanswered',
  ],
  'Staff attitude': [
    'a member of staff was rude to them at the office',
    'they were spoken to dismissively on the phone',
  ],
  'Call back not made': [
    'a promised call back was never made',
    'they were told someone would phone and nobody did',
  ],
  'Office opening hours': [
    'the local office was closed when the website said it was open',
    'they could not get an appointment outside working hours',
  ],
};

export const OUTCOMES_SOUGHT = [
  'Wants the repair completed and an apology.',
  'Wants an explanation and a date for the work.',
  'Wants the charge refunded.',
  'Wants the problem dealt with and to be kept informed.',
  'Wants compensation for the inconvenience.',
  'Wants the decision reviewed.',
  'Wants an apology from the member of staff.',
  'Wants a named contact for the case.',
];

export const AGREED_ACTIONS = [
  'Repair booked for an agreed date with a confirmed time slot.',
  'Charge removed from the account and a corrected statement sent.',
  'Apology given and a named officer assigned to keep the customer updated.',
  'Contractor to return and complete the work within ten days.',
  'Mould treatment and a follow-up inspection booked.',
  'Call back arranged at a time that suits the customer.',
  'Case reopened and an officer to visit the customer at home.',
  'Goodwill payment agreed for the missed appointment.',
];

export const NOTES = [
  'Phoned the customer to discuss the complaint.',
  'Checked the repairs history on the housing system.',
  'Spoke to the contractor supervisor.',
  'Left a voicemail; will try again tomorrow.',
  'Reviewed the tenancy file.',
  'Asked the area housing officer for comments.',
];

export const EXTENSION_REASONS_1 = [
  "Waiting for the contractor's report; customer told the new date by phone.",
  'Need to inspect the property; customer agreed the new date.',
  'Key officer on leave; customer informed of the new date.',
  'Awaiting information from the rents team; customer informed.',
];

export const EXTENSION_REASONS_2 = [
  "Independent surveyor's report needed; customer and staff told of the revised date.",
  'Several witnesses still to interview; customer updated.',
  'Complex service charge records going back three years; customer informed.',
  'Awaiting Police Scotland information; customer informed.',
  'Further evidence received from the customer needs review; revised date agreed.',
];

export const CONTACT_UPDATES = [
  'Update by phone: investigation ongoing, next step explained.',
  'Letter sent with progress so far and the revised date.',
  'E-mailed the customer and the staff member concerned with an update.',
  'Update given at home visit; customer content to wait.',
];

export const EXCEPTIONAL_CIRCUMSTANCES = [
  'Customer was in hospital for most of the period after the stage 1 response.',
  'Bereavement in the family; request made as soon as they could.',
  'The stage 1 response was sent to an old address and only received late.',
  'Customer needed an advocate to help with the request.',
];

export const POINTS: readonly string[] = [
  'The repair was not carried out within the timescale promised.',
  'The customer was not kept informed about progress.',
  'A member of staff was rude during a telephone call.',
  'The charge applied to the account was wrong.',
  'The report of anti-social behaviour was not investigated.',
  'The condition of the property put the household at risk.',
  'The decision did not follow the published policy.',
  'Appointments were missed without notice.',
  "The customer's medical needs were not taken into account.",
  'Letters contained wrong information.',
];

export const FINDING_REASONS_UPHELD = [
  'Records confirm the delay.',
  "The call recording supports the customer's account.",
  'The policy was not applied correctly.',
];
export const FINDING_REASONS_NOT_UPHELD = [
  'Records show the customer was updated on each occasion.',
  'The policy was followed correctly.',
  'No evidence was found to support this point.',
];

export const SPSO_DECISIONS: readonly (readonly [string, number])[] = [
  ['not_taken_forward', 55],
  ['not_upheld', 20],
  ['partially_upheld', 10],
  ['upheld', 10],
  ['resolved', 5],
];
