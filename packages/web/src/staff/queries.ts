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
        version
        serviceArea {
          id
          name
        }
      }
    }
  }
`;

export const STAFF_SERVICE_AREAS = gql`
  query StaffServiceAreas {
    serviceAreas {
      id
      name
    }
  }
`;

const ISSUED_LINK = gql`
  fragment IssuedLinkFields on IssuedPasswordLink {
    purpose
    path
    expiresAt
    person {
      id
      name
      email
    }
  }
`;

export const ISSUE_PASSWORD_LINK = gql`
  mutation IssuePasswordLink($personId: ID!) {
    issuePasswordLink(personId: $personId) {
      ...IssuedLinkFields
    }
  }
  ${ISSUED_LINK}
`;

export const INVITE_PERSON = gql`
  mutation InvitePerson($input: InvitationInput!) {
    invitePerson(input: $input) {
      ...IssuedLinkFields
    }
  }
  ${ISSUED_LINK}
`;

export const UPDATE_PERSON = gql`
  mutation UpdatePerson($id: ID!, $changes: PersonChangesInput!) {
    updatePerson(id: $id, changes: $changes) {
      id
      role
      active
      version
      serviceArea {
        id
        name
      }
    }
  }
`;

export const END_SESSIONS = gql`
  mutation EndSessions($personId: ID!) {
    endSessions(personId: $personId)
  }
`;
