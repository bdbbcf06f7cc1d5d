import { gql } from '@apollo/client';

const COUNTS = 'not_taken_forward same spso_upheld_more spso_upheld_less not_comparable';

export const SPSO_DECISIONS = gql`
  query SpsoDecisions($from: LocalDate!, $to: LocalDate!) {
    spsoDecisions(from: $from, to: $to) {
      from
      to
      total { ${COUNTS} }
      byServiceArea {
        serviceAreaId
        serviceAreaName
        counts { ${COUNTS} }
      }
      upheldMore {
        complaintId
        reference
        serviceAreaName
        ourOutcome
        spsoDecision
        decidedOn
      }
    }
  }
`;
