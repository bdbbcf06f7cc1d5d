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
      }
    }
  }
`;

export const SIGN_OUT = gql`
  mutation SignOut {
    signOut
  }
`;
