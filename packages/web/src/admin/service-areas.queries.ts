import { gql } from '@apollo/client';

export const SERVICE_AREAS_ADMIN = gql`
  query ServiceAreasAdmin {
    serviceAreas(includeInactive: true) {
      id
      name
      active
      version
    }
  }
`;

export const CREATE_SERVICE_AREA = gql`
  mutation CreateServiceArea($name: String!) {
    createServiceArea(name: $name) {
      id
      name
      active
      version
    }
  }
`;

export const UPDATE_SERVICE_AREA = gql`
  mutation UpdateServiceArea($id: ID!, $changes: ServiceAreaChangesInput!) {
    updateServiceArea(id: $id, changes: $changes) {
      id
      name
      active
      version
    }
  }
`;
