import { gql } from '@apollo/client';

export const ORGANISATION_SETTINGS = gql`
  query OrganisationSettings {
    organisation {
      id
      version
      name
      sector
      personTerm
      cutOffTime
      population
      populationLabel
      spsoSignposting
      tribunalSignposting
      publicSmallNumber
      earliestRecordDate
      financialYearStartMonth
      stageOneResponders
    }
  }
`;

export const UPDATE_ORGANISATION_SETTINGS = gql`
  mutation UpdateOrganisationSettings($settings: OrganisationSettingsInput!) {
    updateOrganisationSettings(settings: $settings) {
      id
      version
      name
      sector
      personTerm
      cutOffTime
      population
      populationLabel
      spsoSignposting
      tribunalSignposting
      publicSmallNumber
      earliestRecordDate
      financialYearStartMonth
      stageOneResponders
    }
  }
`;
