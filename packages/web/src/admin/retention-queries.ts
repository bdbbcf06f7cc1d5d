import { gql } from '@apollo/client';

export const RETENTION = gql`
  query Retention {
    organisation {
      id
      retentionMonths
      version
    }
    retentionWarnings {
      complaintId
      reference
      closedOn
      dueOn
      legalHold
    }
  }
`;

export const SET_RETENTION_MONTHS = gql`
  mutation SetRetentionMonths($settings: OrganisationSettingsInput!) {
    updateOrganisationSettings(settings: $settings) {
      id
      retentionMonths
      version
    }
  }
`;

export const RUN_RETENTION_NOW = gql`
  mutation RunRetentionNow {
    runRetentionNow {
      anonymised
      heldBack
    }
  }
`;

export const SET_LEGAL_HOLD = gql`
  mutation SetLegalHold($complaintId: ID!, $reason: String!) {
    setLegalHold(complaintId: $complaintId, reason: $reason) {
      id
    }
  }
`;

export const LIFT_LEGAL_HOLD = gql`
  mutation LiftLegalHold($complaintId: ID!, $reason: String!) {
    liftLegalHold(complaintId: $complaintId, reason: $reason) {
      id
    }
  }
`;
