/**
 * Word lists for the demo data. Everything is clearly synthetic: telephone numbers come from
 * Ofcom's ranges reserved for drama (0141 496 0000–0999, 07700 900000–900999), e-mail
 * addresses are at example.org, and the names and streets are common ones put together at random.
 */

export const FIRST_NAMES = [
  'Isla',
  'Olivia',
  'Emily',
  'Freya',
  'Ava',
  'Sophie',
  'Amelia',
  'Grace',
  'Ella',
  'Lucy',
  'Eilidh',
  'Ailsa',
  'Kirsty',
  'Morag',
  'Fiona',
  'Catriona',
  'Mhairi',
  'Shona',
  'Lesley',
  'Margaret',
  'Agnes',
  'Jean',
  'Elizabeth',
  'Karen',
  'Lorraine',
  'Nicola',
  'Jack',
  'Noah',
  'Leo',
  'Harris',
  'Lewis',
  'Finlay',
  'Rory',
  'Callum',
  'Euan',
  'Fraser',
  'Hamish',
  'Angus',
  'Alasdair',
  'Iain',
  'Duncan',
  'Graeme',
  'Craig',
  'Stuart',
  'Gordon',
  'Douglas',
  'Robert',
  'James',
  'John',
  'William',
  'Thomas',
  'Kenneth',
  'Mohammed',
  'Amir',
  'Zainab',
  'Aisha',
  'Piotr',
  'Agnieszka',
  'Tomasz',
  'Chen',
  'Mei',
  'Kwame',
  'Adaeze',
  'Priya',
  'Ravi',
];

export const SURNAMES = [
  'Smith',
  'Brown',
  'Wilson',
  'Campbell',
  'Stewart',
  'Thomson',
  'Robertson',
  'Anderson',
  'MacDonald',
  'Scott',
  'Reid',
  'Murray',
  'Taylor',
  'Clark',
  'Ross',
  'Watson',
  'Morrison',
  'Paterson',
  'Young',
  'Mitchell',
  'Walker',
  'Fraser',
  'Miller',
  'McDonald',
  'Gray',
  'Henderson',
  'Hamilton',
  'Johnston',
  'Duncan',
  'Ferguson',
  'Kerr',
  'Davidson',
  'Bell',
  'Cameron',
  'Kelly',
  'Martin',
  'MacLeod',
  'MacKenzie',
  'Grant',
  'Graham',
  'McLean',
  'Hughes',
  'Simpson',
  'Sinclair',
  'Munro',
  'Docherty',
  'Gallacher',
  'Quinn',
  'Boyle',
  'McGregor',
  'Khan',
  'Ahmed',
  'Kowalski',
  'Nowak',
  'Wong',
  'Mensah',
  'Okafor',
  'Patel',
  'Singh',
];

export const STREETS = [
  'Main Street',
  'High Street',
  'Station Road',
  'Church Street',
  'Park Avenue',
  'Victoria Road',
  'Hamilton Road',
  'Glasgow Road',
  'Clyde Street',
  'Burnside Crescent',
  'Millbrae Road',
  'Kelvin Way',
  'Thistle Court',
  'Heather Place',
  'Rowan Drive',
  'Birch Grove',
  'Orchard Street',
  'Brae View',
  'Loch Road',
  'Dalziel Drive',
  'Muirhead Terrace',
  'Barrhead Road',
  'Strathclyde Avenue',
  'Calder Street',
  'Carrick Gardens',
  'Glen Terrace',
  'Quarry Road',
  'Bothwell Road',
  'Meadow Lane',
];

/** Towns with plausible postcode districts. */
export const TOWNS: readonly (readonly [string, readonly string[]])[] = [
  ['Glasgow', ['G31', 'G32', 'G33', 'G34', 'G40', 'G42', 'G51', 'G52', 'G53', 'G21', 'G22', 'G15']],
  ['Rutherglen', ['G73']],
  ['Cambuslang', ['G72']],
  ['Motherwell', ['ML1']],
  ['Wishaw', ['ML2']],
  ['Hamilton', ['ML3']],
  ['Bellshill', ['ML4']],
  ['Coatbridge', ['ML5']],
  ['Airdrie', ['ML6']],
  ['Lanark', ['ML11']],
  ['East Kilbride', ['G74', 'G75']],
  ['Paisley', ['PA1', 'PA2', 'PA3']],
  ['Renfrew', ['PA4']],
];

/** Letters allowed in the inward part of a UK postcode. */
export const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface AreaProfile {
  /** Share of all complaints (before seasonality). */
  weight: number;
  /** Extra weight in winter (Nov–Feb), e.g. heating and damp for repairs. */
  winter: number;
  categories: readonly (readonly [string, number])[];
  /** Root causes (by name) most often found, with weights; others are possible too. */
  causes: readonly (readonly [string, number])[];
}

export const AREA_PROFILES: Record<string, AreaProfile> = {
  'Repairs and maintenance': {
    weight: 44,
    winter: 1.6,
    categories: [
      ['Repair not completed', 30],
      ['Missed appointment', 20],
      ['Quality of repair', 15],
      ['Damp and mould', 15],
      ['Heating and hot water', 15],
      ['Gas safety check', 5],
    ],
    causes: [
      ['Contractor performance', 30],
      ['Delay in processing', 20],
      ['No update given', 15],
      ['Handover between teams', 10],
      ['Error by staff', 8],
      ['External factors', 7],
      ['Staffing or capacity', 10],
    ],
  },
  'Rents and service charges': {
    weight: 13,
    winter: 1.0,
    categories: [
      ['Rent account error', 35],
      ['Service charge dispute', 30],
      ['Arrears action', 20],
      ['Housing benefit or Universal Credit', 15],
    ],
    causes: [
      ['Information wrong or incomplete', 25],
      ['IT system', 20],
      ['Policy disputed', 20],
      ['Error by staff', 20],
      ['Procedure not followed', 15],
    ],
  },
  'Estate management': {
    weight: 14,
    winter: 0.9,
    categories: [
      ['Grounds maintenance', 30],
      ['Close cleaning', 25],
      ['Fly-tipping and bulk uplift', 20],
      ['Factoring charges', 15],
      ['Parking', 10],
    ],
    causes: [
      ['Contractor performance', 30],
      ['Procedure unclear or missing', 15],
      ['Policy applied inconsistently', 15],
      ['No update given', 15],
      ['Staffing or capacity', 15],
    ],
  },
  'Anti-social behaviour': {
    weight: 12,
    winter: 0.9,
    categories: [
      ['Noise from neighbours', 40],
      ['Harassment', 20],
      ['Action not taken on report', 30],
      ['Pets and animals', 10],
    ],
    causes: [
      ['Not listened to', 25],
      ['No update given', 25],
      ['Policy disputed', 15],
      ['Procedure not followed', 15],
      ['External factors', 10],
      ['Training need', 10],
    ],
  },
  'Allocations and lettings': {
    weight: 9,
    winter: 1.0,
    categories: [
      ['Housing application', 35],
      ['Offer of housing', 30],
      ['Transfer request', 20],
      ['Condition of new tenancy', 15],
    ],
    causes: [
      ['Policy disputed', 30],
      ['Information wrong or incomplete', 25],
      ['Delay in processing', 20],
      ['Policy applied inconsistently', 15],
      ['Error by staff', 10],
    ],
  },
  'Customer service': {
    weight: 8,
    winter: 1.0,
    categories: [
      ['Telephone not answered', 35],
      ['Staff attitude', 30],
      ['Call back not made', 20],
      ['Office opening hours', 15],
    ],
    causes: [
      ['Attitude or behaviour', 30],
      ['Staffing or capacity', 30],
      ['Training need', 20],
      ['No update given', 20],
    ],
  },
};

export const DEFAULT_PROFILE: AreaProfile = {
  weight: 10,
  winter: 1.0,
  categories: [
    ['Service not provided', 40],
    ['Delay', 30],
    ['Staff conduct', 15],
    ['Information given', 15],
  ],
  causes: [
    ['Procedure not followed', 20],
    ['Delay in processing', 20],
    ['No update given', 20],
    ['Error by staff', 20],
    ['Policy disputed', 20],
  ],
};

/** Categories that are Tribunal cases in housing (§74: factoring, shared owners, private tenancies). */
export const TRIBUNAL_CATEGORIES = new Set(['Factoring charges']);

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

export interface ActionTemplate {
  title: string;
  description: string;
  publicSummary: string;
}

/** Improvement actions by root cause name ("you said, we did" in plain language). */
export const ACTION_TEMPLATES: Record<string, readonly ActionTemplate[]> = {
  'Contractor performance': [
    {
      title: 'Contractor appointment slots',
      description:
        'Require the repairs contractor to offer morning or afternoon slots and to phone ahead.',
      publicSummary:
        'You told us contractors did not turn up when expected. We changed how we book repair appointments: you now choose a morning or afternoon slot and get a phone call before the visit.',
    },
    {
      title: 'Contractor quality checks',
      description:
        'Post-inspect one in ten completed repairs and share the results at the monthly contract meeting.',
      publicSummary:
        'You told us some repairs were not done properly. We now check one in every ten repairs after the work is finished.',
    },
  ],
  'Delay in processing': [
    {
      title: 'Repairs backlog review',
      description:
        'Weekly review of repairs open more than 20 working days, with escalation to the repairs manager.',
      publicSummary:
        'You told us repairs took too long. We now review every repair that has been open for a month, every week.',
    },
  ],
  'No update given': [
    {
      title: 'Text message updates',
      description: 'Send automatic text updates when a case changes status.',
      publicSummary:
        'You told us we did not keep you informed. We now send a text message whenever there is news about your case.',
    },
    {
      title: 'Named officer for each case',
      description: 'Give each case a named officer and include their direct line in every letter.',
      publicSummary:
        'You told us you did not know who was dealing with your case. Every case now has a named officer whose direct number is on our letters.',
    },
  ],
  'Handover between teams': [
    {
      title: 'Joint handover checklist',
      description: 'Checklist for cases passed between the housing and repairs teams.',
      publicSummary:
        'You told us things got lost between teams. We introduced a checklist so nothing is missed when a case moves between teams.',
    },
  ],
  'Error by staff': [
    {
      title: 'Refresher training',
      description: 'Refresher training on account adjustments for the rents team.',
      publicSummary:
        'You told us mistakes were made on your account. Our staff have had refresher training and we double-check adjustments.',
    },
  ],
  'Information wrong or incomplete': [
    {
      title: 'Rewrite standard letters',
      description: "Rewrite the standard letters in plain English with the tenants' panel.",
      publicSummary:
        "You told us our letters were confusing. We rewrote them in plain English with help from our tenants' panel.",
    },
  ],
  'IT system': [
    {
      title: 'Fix payment matching',
      description: 'Correct the rule that failed to match payments with a reference missing.',
      publicSummary:
        'You told us payments were not showing on your rent account. We fixed the system so payments are matched correctly.',
    },
  ],
  'Policy disputed': [
    {
      title: 'Review of the policy',
      description: 'Review the policy with tenants and publish the outcome.',
      publicSummary:
        'You told us our policy seemed unfair. We reviewed it with tenants and published clearer guidance on how it works.',
    },
  ],
  'Policy applied inconsistently': [
    {
      title: 'Guidance for officers',
      description: 'Issue guidance and worked examples so officers apply the policy the same way.',
      publicSummary:
        'You told us decisions were not consistent. We gave our officers clear guidance so everyone is treated the same way.',
    },
  ],
  'Procedure not followed': [
    {
      title: 'Procedure reminder and spot checks',
      description: 'Brief teams on the procedure and spot-check five cases a month.',
      publicSummary:
        'You told us we did not follow our own procedure. We briefed our teams and now check cases every month.',
    },
  ],
  'Procedure unclear or missing': [
    {
      title: 'Write the missing procedure',
      description: 'Write and publish a procedure for bulk uplifts and fly-tipping.',
      publicSummary:
        'You told us it was unclear how we deal with fly-tipping. We wrote a clear procedure and published it on our website.',
    },
  ],
  'Not listened to': [
    {
      title: 'Listening skills training',
      description: 'Training for frontline staff on handling distressed callers.',
      publicSummary:
        'You told us you did not feel listened to. Our frontline staff have had training on listening and on handling difficult situations.',
    },
  ],
  'Attitude or behaviour': [
    {
      title: 'Customer service standards',
      description: 'Agree service standards with staff and include them in supervision.',
      publicSummary:
        'You told us some staff were not polite. We agreed customer service standards with our staff and check them in supervision.',
    },
  ],
  'Training need': [
    {
      title: 'Training for new starts',
      description: 'Add complaints handling to the induction for new starts.',
      publicSummary:
        'You told us staff did not always know how to help. New staff now learn about complaints handling in their first week.',
    },
  ],
  'Staffing or capacity': [
    {
      title: 'Call handling at peak times',
      description: 'Move two officers to the phones on Monday mornings.',
      publicSummary:
        'You told us you could not get through on the phone. We now have more staff answering calls on Monday mornings, our busiest time.',
    },
  ],
  'External factors': [
    {
      title: 'Severe weather plan',
      description: 'Plan for prioritising heating repairs during severe weather.',
      publicSummary:
        'You told us heating repairs took too long in the cold spell. We made a severe weather plan that puts vulnerable households first.',
    },
  ],
};

export const GENERIC_ACTION: readonly ActionTemplate[] = [
  {
    title: 'Learning review',
    description: 'Review the cases together and agree what to change.',
    publicSummary:
      'You told us about a problem with this service. We reviewed the complaints together and changed how we work.',
  },
];

export const PROGRESS_NOTES = [
  'Met with the team to plan the change.',
  'Draft prepared and shared with the manager.',
  'Pilot started in one area.',
  "Feedback gathered from tenants' panel.",
  'Change rolled out to all teams.',
  'Waiting for the contractor to confirm the new arrangements.',
];

export const EVIDENCE = [
  'New procedure published on the intranet; briefing notes attached.',
  "Contract variation signed; first month's report attached.",
  'Training attendance list and materials.',
  'System change tested and released; test record attached.',
  'Revised letters in use since the completion date.',
];

export const EFFECT_NOTES: Record<string, readonly string[]> = {
  effective: [
    'No further complaints on this issue during monitoring.',
    'Complaints on this issue fell sharply during monitoring.',
  ],
  partly_effective: [
    'Fewer complaints, but some still arise in one area.',
    'Improvement seen; a follow-up action is proposed.',
  ],
  not_effective: [
    'Complaints continued at the same level; a new action is needed.',
    'The change was not followed consistently.',
  ],
};

export const CANCEL_REASONS = [
  'Superseded by a wider service review.',
  'Duplicate of another action.',
  'The contract ended, so the action no longer applies.',
];

export const LEARNING_SHARED = [
  'Shared at the team meeting and in the staff newsletter.',
  'Discussed at the quarterly learning forum.',
  'Included in the induction pack.',
];
