import { gql } from '@apollo/client';

export const SINGLE_SIGN_ON_FIELDS = gql`
  fragment SingleSignOnFields on SingleSignOnSettings {
    enabled
    issuerUrl
    clientId
    clientSecretSet
    allowedDomains
    groupClaim
    groupRoles {
      group
      role
    }
    defaultRole
    version
  }
`;

export const SINGLE_SIGN_ON = gql`
  query SingleSignOnSettings {
    singleSignOn {
      ...SingleSignOnFields
    }
  }
  ${SINGLE_SIGN_ON_FIELDS}
`;

export const SET_SINGLE_SIGN_ON = gql`
  mutation SetSingleSignOn($settings: SingleSignOnInput!) {
    setSingleSignOn(settings: $settings) {
      ...SingleSignOnFields
    }
  }
  ${SINGLE_SIGN_ON_FIELDS}
`;
