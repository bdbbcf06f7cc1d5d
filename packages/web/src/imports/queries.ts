import { gql } from '@apollo/client';

export const IMPORT_SETUP = gql`
  query ImportSetup {
    importFields {
      field
      hint
      required
    }
    importMapping {
      field
      column
    }
  }
`;

export const SAVE_IMPORT_MAPPING = gql`
  mutation SaveImportMapping($mapping: [ImportColumnInput!]!) {
    saveImportMapping(mapping: $mapping) {
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
