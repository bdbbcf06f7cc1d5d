import { gql } from '@apollo/client';

export const PLATFORM = gql`
  query Platform {
    platformOrganisations {
      id
      name
      slug
      sector
      group {
        id
        name
      }
    }
    organisationGroups {
      id
      name
      slug
    }
  }
`;

export const CREATE_ORGANISATION = gql`
  mutation CreateOrganisation($input: NewOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
      }
      administrator {
        id
        name
        email
      }
      passwordLinkPath
      passwordLinkExpiresAt
    }
  }
`;

export const CREATE_ORGANISATION_GROUP = gql`
  mutation CreateOrganisationGroup($input: NewOrganisationGroupInput!) {
    createOrganisationGroup(input: $input) {
      id
      name
    }
  }
`;

export const SET_ORGANISATION_GROUP = gql`
  mutation SetOrganisationGroup($organisationId: ID!, $groupId: ID) {
    setOrganisationGroup(organisationId: $organisationId, groupId: $groupId) {
      id
      group {
        id
        name
      }
    }
  }
`;

const PLATFORM_PERSON = gql`
  fragment PlatformPersonFields on PlatformPerson {
    person {
      id
      name
      email
      role
      groupAccess
    }
    organisation {
      id
      name
      group {
        id
        name
      }
    }
  }
`;

export const GROUP_ACCESS_HOLDERS = gql`
  ${PLATFORM_PERSON}
  query GroupAccessHolders {
    groupAccessHolders {
      ...PlatformPersonFields
    }
  }
`;

export const PLATFORM_PERSON_BY_EMAIL = gql`
  ${PLATFORM_PERSON}
  query PlatformPersonByEmail($email: String!) {
    platformPersonByEmail(email: $email) {
      ...PlatformPersonFields
    }
  }
`;

export const SET_GROUP_ACCESS = gql`
  ${PLATFORM_PERSON}
  mutation SetGroupAccess($personId: ID!, $groupAccess: Boolean!) {
    setGroupAccess(personId: $personId, groupAccess: $groupAccess) {
      ...PlatformPersonFields
    }
  }
`;
