import { gql } from '@apollo/client';

export const STAFF = gql`
  query Staff($search: String, $offset: Int) {
    people(search: $search, limit: 50, offset: $offset) {
      totalCount
      items {
        id
        name
        email
        role
        active
      }
    }
  }
`;

export const ISSUE_PASSWORD_LINK = gql`
  mutation IssuePasswordLink($personId: ID!) {
    issuePasswordLink(personId: $personId) {
      purpose
      path
      expiresAt
      person {
        id
        name
        email
      }
    }
  }
`;
