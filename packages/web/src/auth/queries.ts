import { gql } from '@apollo/client';

export const ME = gql`
  query Me {
    me {
      id
      name
      email
      role
      organisationId
      serviceAreaId
      groupAccess
      platformAdmin
    }
  }
`;

export const SIGN_IN = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      person {
        id
        name
        email
        role
        organisationId
        serviceAreaId
        groupAccess
        platformAdmin
      }
    }
  }
`;

export const SIGN_OUT = gql`
  mutation SignOut {
    signOut
  }
`;

export const PASSWORD_LINK = gql`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      purpose
      expiresAt
      name
      email
    }
  }
`;

export const SET_PASSWORD_WITH_LINK = gql`
  mutation SetPasswordWithLink($token: String!, $password: String!) {
    setPasswordWithLink(token: $token, password: $password)
  }
`;
