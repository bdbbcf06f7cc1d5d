import type { IsoDate } from '../types';
import type { Role } from '../roles';

/** What a representative's consent covers (docs/procedure.md, The customer's side). */
export const CONSENT_SCOPES = [
  /** To make and pursue this complaint for the customer. */
  'act_on_complaint',
  /** To be told about the complaint: its progress and the customer's information. */
  'share_information',
  /** To receive the responses (letters go to the representative). */
  'receive_response',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Accessible formats a customer may need (SPSO practice note: equality and accessibility). */
export const ACCESSIBLE_FORMATS = ['large_print', 'easy_read', 'braille', 'audio'] as const;
export type AccessibleFormat = (typeof ACCESSIBLE_FORMATS)[number];

/** How the customer prefers to be contacted (§41, §65). */
export const PREFERRED_CONTACTS = ['email', 'phone', 'letter', 'in_person'] as const;
export type PreferredContactMethod = (typeof PREFERRED_CONTACTS)[number];

/** Who may close a complaint at stage 1 (§21): an organisation setting. */
export const STAGE_ONE_RESPONDERS = ['handlers_and_managers', 'any_staff'] as const;
export type StageOneResponders = (typeof STAGE_ONE_RESPONDERS)[number];

/** The customer's consent for a representative to act (Part 1 §15–17; §11). */
export interface RepresentativeConsent {
  givenOn: IsoDate | null;
  scope: readonly ConsentScope[];
  note?: string | null;
}

/** Someone acting for the customer. */
export interface Representative {
  name: string;
  relationship?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  consent?: RepresentativeConsent | null;
}

/** Support needs and reasonable adjustments (SPSO practice note: equality and accessibility). */
export interface SupportNeeds {
  formats: readonly AccessibleFormat[];
  /** An interpreter, in this language. */
  interpreterLanguage?: string | null;
  /** British Sign Language. */
  bsl: boolean;
  /** A named contact the customer deals with. */
  namedContact?: string | null;
  other?: string | null;
}

/** The customer's side of a complaint, as given at recording or by a correction. */
export interface CustomerSide {
  /** Chosen at recording: the customer gave no details on purpose (§11). */
  anonymous: boolean;
  /** True when any of the customer's own details were given. */
  customerDetailsGiven: boolean;
  representative: Representative | null;
  supportNeeds: SupportNeeds | null;
}

export type { Role };
