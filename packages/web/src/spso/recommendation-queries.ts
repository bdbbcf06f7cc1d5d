import { gql } from '@apollo/client';

export const SPSO_RECOMMENDATION_FIELDS = gql`
  fragment SpsoRecommendationFields on SpsoRecommendation {
    id
    version
    recommendation
    dueOn
    status
    completedOn
    evidence
    owner {
      id
      name
    }
    complaint {
      id
      reference
    }
  }
`;

export const SPSO_RECOMMENDATIONS = gql`
  query SpsoRecommendations($complaintId: ID, $overdue: Boolean) {
    spsoRecommendations(complaintId: $complaintId, overdue: $overdue) {
      ...SpsoRecommendationFields
    }
  }
  ${SPSO_RECOMMENDATION_FIELDS}
`;

export const RECORD_SPSO_RECOMMENDATION = gql`
  mutation RecordSpsoRecommendation($input: RecordSpsoRecommendationInput!) {
    recordSpsoRecommendation(input: $input) {
      ...SpsoRecommendationFields
    }
  }
  ${SPSO_RECOMMENDATION_FIELDS}
`;

export const COMPLETE_SPSO_RECOMMENDATION = gql`
  mutation CompleteSpsoRecommendation(
    $id: ID!
    $version: Int!
    $evidence: String!
    $completedOn: LocalDate
  ) {
    completeSpsoRecommendation(
      id: $id
      version: $version
      evidence: $evidence
      completedOn: $completedOn
    ) {
      ...SpsoRecommendationFields
    }
  }
  ${SPSO_RECOMMENDATION_FIELDS}
`;
