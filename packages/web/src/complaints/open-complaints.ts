import type { OpenComplaintsOfCustomerQueryVariables } from '../generated/graphql';

/** As the API checks them: an e-mail address, and a UK postcode with or without its space. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

/**
 * What to look up for the duplicate warning while a complaint is being recorded: the e-mail once
 * it is one, the name once the postcode is one; null while neither is complete.
 */
export function openComplaintsLookup(v: {
  name: string;
  email: string;
  postcode: string;
}): OpenComplaintsOfCustomerQueryVariables | null {
  const email = v.email.trim();
  const name = v.name.trim();
  const postcode = v.postcode.trim();
  const lookup: OpenComplaintsOfCustomerQueryVariables = {};
  if (EMAIL.test(email)) lookup.email = email;
  if (name && POSTCODE.test(postcode)) {
    lookup.name = name;
    lookup.postcode = postcode;
  }
  return Object.keys(lookup).length > 0 ? lookup : null;
}
