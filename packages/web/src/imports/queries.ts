import { gql } from '@apollo/client';

export const IMPORT_SETUP = gql`
  query ImportSetup($kind: ImportKind!) {
    importFields(kind: $kind) {
      field
      hint
      required
    }
    importMapping(kind: $kind) {
      field
      column
    }
  }
`;

export const SAVE_IMPORT_MAPPING = gql`
  mutation SaveImportMapping($mapping: [ImportColumnInput!]!, $kind: ImportKind!) {
    saveImportMapping(mapping: $mapping, kind: $kind) {
      field
      column
    }
  }
`;

export const IMPORT_RUN = gql`
  query ImportRunProgress($id: ID!) {
    importRun(id: $id) {
      id
      status
      rowsRead
      rowsImported
    }
  }
`;
