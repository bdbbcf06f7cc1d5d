import { gql } from '@apollo/client';

/**
 * The organisation's settings every signed-in page reads (its word for the person complaining,
 * its reporting year), in one request however many components ask: the same document, so Apollo
 * sends it once and answers the others from the cache.
 */
export const ORGANISATION_BASICS = gql`
  query OrganisationBasics {
    organisation {
      id
      personTerm
      financialYearStartMonth
      sector
    }
  }
`;
