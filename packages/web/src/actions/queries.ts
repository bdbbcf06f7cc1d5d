import { gql } from '@apollo/client';

export const ACTION_LIST_FIELDS = gql`
  fragment ActionListFields on ImprovementAction {
    id
    title
    status
    targetDate
    deadlineStatus
    completedOn
    owner {
      id
      name
    }
    serviceArea {
      id
      name
    }
  }
`;

export const ACTIONS = gql`
  query Actions($filter: ImprovementActionFilter, $limit: Int!, $offset: Int!) {
    improvementActions(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...ActionListFields
      }
    }
  }
  ${ACTION_LIST_FIELDS}
`;

export const PEOPLE = gql`
  query People {
    people(limit: 100) {
      items {
        id
        name
        role
        active
      }
    }
  }
`;

export const RECURRENCE_FIELDS = gql`
  fragment RecurrenceFields on MonthlyRecurrence {
    completedOn
    months
    beforeFrom
    beforeTo
    afterFrom
    afterTo
    before
    after
    beforeYearEarlier
    afterYearEarlier
    afterMonthsComplete
    averageBefore
    averageAfter
    cameBack
    monthly {
      month
      side
      count
      yearEarlier
      complete
    }
  }
`;

export const EFFECT_REVIEWS = gql`
  query EffectReviews($list: EffectReviewList!) {
    effectReviews(list: $list, limit: 25) {
      totalCount
      items {
        id
        title
        completedOn
        effectReviewDate
        effectReviewStatus
        recurrenceFlaggedOn
        owner {
          id
          name
        }
      }
    }
  }
`;

export const ACTION = gql`
  query Action($id: ID!, $complaints: Boolean!) {
    improvementAction(id: $id) {
      id
      version
      recurrenceFlaggedOn
      effectReviewDate
      effectReviewStatus
      recurrenceByMonth {
        ...RecurrenceFields
      }
      effectFigures {
        ...RecurrenceFields
      }
      title
      description
      status
      targetDate
      deadlineStatus
      allowedSteps
      authorisedOn
      authorisedBy {
        id
        name
      }
      proposedBy {
        id
        name
      }
      owner {
        id
        name
      }
      serviceArea {
        id
        name
      }
      completedOn
      completionEvidence
      learningShared
      monitoringUntil
      effectiveness
      effectivenessNote
      verifiedOn
      cancelledReason
      publicSummary
      createdAt
      rootCauses {
        id
        name
      }
      complaints @include(if: $complaints) {
        id
        reference
      }
      progressUpdates {
        id
        note
        recordedAt
        author {
          id
          name
        }
      }
    }
  }
  ${RECURRENCE_FIELDS}
`;

const RESULT = 'id version status allowedSteps deadlineStatus';

export const AUTHORISE = gql`
  mutation AuthoriseAction($id: ID!, $version: Int!) {
    authoriseImprovementAction(id: $id, version: $version) { ${RESULT} }
  }
`;
export const ASSIGN = gql`
  mutation AssignAction($id: ID!, $version: Int!, $ownerId: ID!, $targetDate: LocalDate) {
    assignImprovementAction(id: $id, version: $version, ownerId: $ownerId, targetDate: $targetDate) { ${RESULT} }
  }
`;
export const PROGRESS = gql`
  mutation ActionProgress($id: ID!, $version: Int!, $note: String!) {
    recordActionProgress(id: $id, version: $version, note: $note) { ${RESULT} }
  }
`;
export const COMPLETE = gql`
  mutation CompleteAction($id: ID!, $version: Int!, $evidence: String!, $completedOn: LocalDate, $monitoringUntil: LocalDate, $learningShared: String) {
    completeImprovementAction(id: $id, version: $version, evidence: $evidence, completedOn: $completedOn, monitoringUntil: $monitoringUntil, learningShared: $learningShared) { ${RESULT} }
  }
`;
export const VERIFY = gql`
  mutation VerifyAction($id: ID!, $version: Int!, $effectiveness: Effectiveness!, $note: String!) {
    verifyImprovementActionEffect(id: $id, version: $version, effectiveness: $effectiveness, note: $note) { ${RESULT} }
  }
`;
export const CANCEL = gql`
  mutation CancelAction($id: ID!, $version: Int!, $reason: String!) {
    cancelImprovementAction(id: $id, version: $version, reason: $reason) { ${RESULT} }
  }
`;
export const EDIT_SUMMARY = gql`
  mutation EditActionSummary($id: ID!, $version: Int!, $publicSummary: String, $learningShared: String, $description: String) {
    updateImprovementActionSummary(id: $id, version: $version, publicSummary: $publicSummary, learningShared: $learningShared, description: $description) { ${RESULT} }
  }
`;
export const PROPOSE = gql`
  mutation ProposeAction($input: ProposeImprovementActionInput!) {
    proposeImprovementAction(input: $input) {
      id
    }
  }
`;
