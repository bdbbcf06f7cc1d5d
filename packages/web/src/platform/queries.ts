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
