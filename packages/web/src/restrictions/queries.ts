import { gql } from '@apollo/client';

const RESTRICTION = gql`
  fragment RestrictionFields on ContactRestriction {
    id
    version
    status
    kind
    details
    reason
    proposedOn
    reviewOn
    reviewState
    decidedOn
    customerToldOn
    toldOfReview
    toldOfSpso
    lastReviewedOn
    lastDecision
    decisionNote
    liftedOn
    proposedBy {
      id
      name
    }
    decidedBy {
      id
      name
    }
    complaint {
      id
      reference
    }
  }
`;

export const COMPLAINT_RESTRICTIONS = gql`
  query ComplaintRestrictions($id: ID!) {
    complaint(id: $id) {
      id
      contactRestrictions {
        ...RestrictionFields
      }
    }
  }
  ${RESTRICTION}
`;

export const PROPOSE_RESTRICTION = gql`
  mutation ProposeContactRestriction($input: ProposeContactRestrictionInput!) {
    proposeContactRestriction(input: $input) {
      ...RestrictionFields
    }
  }
  ${RESTRICTION}
`;

export const APPROVE_RESTRICTION = gql`
  mutation ApproveContactRestriction(
    $id: ID!
    $version: Int!
    $customerToldOn: LocalDate!
    $toldOfReview: Boolean!
    $toldOfSpso: Boolean!
    $reviewOn: LocalDate
  ) {
    approveContactRestriction(
      id: $id
      version: $version
      customerToldOn: $customerToldOn
      toldOfReview: $toldOfReview
      toldOfSpso: $toldOfSpso
      reviewOn: $reviewOn
    ) {
      ...RestrictionFields
    }
  }
  ${RESTRICTION}
`;

export const DECLINE_RESTRICTION = gql`
  mutation DeclineContactRestriction($id: ID!, $version: Int!, $note: String!) {
    declineContactRestriction(id: $id, version: $version, note: $note) {
      ...RestrictionFields
    }
  }
  ${RESTRICTION}
`;

export const REVIEW_RESTRICTION = gql`
  mutation ReviewContactRestriction(
    $id: ID!
    $version: Int!
    $decision: RestrictionReviewDecision!
    $note: String!
    $nextReviewOn: LocalDate
    $kind: RestrictionKind
    $details: String
    $customerToldOn: LocalDate
    $toldOfReview: Boolean
    $toldOfSpso: Boolean
  ) {
    reviewContactRestriction(
      id: $id
      version: $version
      decision: $decision
      note: $note
      nextReviewOn: $nextReviewOn
      kind: $kind
      details: $details
      customerToldOn: $customerToldOn
      toldOfReview: $toldOfReview
      toldOfSpso: $toldOfSpso
    ) {
      ...RestrictionFields
    }
  }
  ${RESTRICTION}
`;

export const RESTRICTION_REVIEWS_DUE = gql`
  query RestrictionReviewsDue {
    restrictionReviewsDue(limit: 100) {
      totalCount
      items {
        ...RestrictionFields
      }
    }
  }
  ${RESTRICTION}
`;
