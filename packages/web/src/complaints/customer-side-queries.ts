import { gql } from '@apollo/client';

/** The customer's side of a complaint, for roles that see personal data (docs/procedure.md, The customer's side). */
export const COMPLAINT_CUSTOMER_SIDE = gql`
  query ComplaintCustomerSide($id: ID!) {
    complaint(id: $id) {
      id
      anonymous
      correspondent
      hasSupportNeeds
      customer {
        id
        preferredContact
        representative {
          name
          relationship
          email
          phone
          mayShareInformation
          consent {
            givenOn
            scope
            note
          }
        }
        supportNeeds {
          formats
          largePrint
          interpreterLanguage
          bsl
          namedContact
          other
        }
      }
    }
  }
`;

/** Whether a complaint is anonymous: open to every complaint reader. */
export const COMPLAINT_ANONYMOUS = gql`
  query ComplaintAnonymous($id: ID!) {
    complaint(id: $id) {
      id
      anonymous
    }
  }
`;
