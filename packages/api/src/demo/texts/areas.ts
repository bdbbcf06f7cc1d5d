/** Word lists for the demo data: each service area's volume, categories and usual root causes. */

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
