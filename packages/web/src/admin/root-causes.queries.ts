import { gql } from '@apollo/client';

export const ROOT_CAUSES_ADMIN = gql`
  query RootCausesAdmin {
    rootCauses(includeInactive: true) {
      id
      name
      description
      parentId
      active
      mergedIntoId
      version
    }
  }
`;

export const CREATE_ROOT_CAUSE = gql`
  mutation CreateRootCause($parentId: ID, $name: String!, $description: String) {
    createRootCause(parentId: $parentId, name: $name, description: $description) {
      id
    }
  }
`;

export const UPDATE_ROOT_CAUSE = gql`
  mutation UpdateRootCause(
    $id: ID!
    $version: Int!
    $name: String
    $active: Boolean
    $parentId: ID
  ) {
    updateRootCause(id: $id, version: $version, name: $name, active: $active, parentId: $parentId) {
      id
      name
      active
      parentId
      version
    }
  }
`;

export const MERGE_ROOT_CAUSES = gql`
  mutation MergeRootCauses($id: ID!, $version: Int!, $survivorId: ID!) {
    mergeRootCauses(id: $id, version: $version, survivorId: $survivorId) {
      id
      name
    }
  }
`;
