import { gql } from '@apollo/client';

export const STAGE_FIELDS = gql`
  fragment StageFields on StageTimeline {
    dayOne
    dueOn
    extendedDueOn
    deadline
    acknowledgeBy
    acknowledgedOn
    closedOn
    outcome
    status
    transferred
    withinTimescale
    workingDays
    workingDaysElapsed
    workingDaysRemaining
  }
`;

/**
 * What a register row shows of its current stage (register-rows.ts `registerRow`): its deadline,
 * its closing date and its deadline status. The complaint page reads the whole stage
 * (StageFields); a page of 50 rows asks for no more than it shows (issue 19).
 */
export const REGISTER_STAGE_FIELDS = gql`
  fragment RegisterStageFields on StageTimeline {
    deadline
    closedOn
    status
  }
`;

export const REGISTER = gql`
  query Register(
    $search: String
    $status: ComplaintStatus
    $stage: Int
    $serviceAreaId: ID
    $deadline: DeadlineFilter
    $outcome: Outcome
    $receivedFrom: LocalDate
    $receivedTo: LocalDate
    $mine: Boolean
    $closedAt: ClosureBucket
    $closedFrom: LocalDate
    $closedTo: LocalDate
    $closureOutcome: Outcome
    $closedWithinTimescale: Boolean
    $closedExtended: Boolean
    $sort: RegisterSort
    $direction: SortDirection
    $seriousAtStageOne: Boolean
    $personal: Boolean! = false
    $limit: Int!
    $offset: Int!
  ) {
    complaints(
      search: $search
      mine: $mine
      closedAt: $closedAt
      closedFrom: $closedFrom
      closedTo: $closedTo
      closureOutcome: $closureOutcome
      closedWithinTimescale: $closedWithinTimescale
      closedExtended: $closedExtended
      sort: $sort
      direction: $direction
      status: $status
      stage: $stage
      serviceAreaId: $serviceAreaId
      deadline: $deadline
      outcome: $outcome
      receivedFrom: $receivedFrom
      receivedTo: $receivedTo
      seriousAtStageOne: $seriousAtStageOne
      limit: $limit
      offset: $offset
    ) {
      total {
        count
        exact
        atLeast
      }
      items {
        id
        reference
        receivedAt
        status
        currentStage
        route
        anonymous
        hasSupportNeeds @include(if: $personal)
        serviceArea {
          id
          name
        }
        timeline {
          stage1 {
            ...RegisterStageFields
          }
          stage2 {
            ...RegisterStageFields
          }
        }
      }
    }
  }
  ${REGISTER_STAGE_FIELDS}
`;

/** Before recording: the customer's open complaints (same e-mail, or same name and postcode). */
export const OPEN_COMPLAINTS_OF_CUSTOMER = gql`
  query OpenComplaintsOfCustomer($email: String, $name: String, $postcode: String) {
    openComplaintsOfCustomer(email: $email, name: $name, postcode: $postcode) {
      id
      reference
      receivedAt
    }
  }
`;

export const COMPLAINT_TIME_LIMIT = gql`
  query ComplaintTimeLimit {
    organisation {
      id
      complaintTimeLimitMonths
    }
  }
`;

export const SERVICE_AREAS = gql`
  query ServiceAreas {
    serviceAreas {
      id
      name
      active
    }
  }
`;

export const COMPLAINT = gql`
  query Complaint($id: ID!, $personal: Boolean!) {
    complaint(id: $id) {
      id
      version
      reference
      status
      currentStage
      route
      channel
      category
      serious
      anonymous
      hasSupportNeeds @include(if: $personal)
      seriousStageOneReason @include(if: $personal)
      tribunalSignpostingOffered
      receivedAt
      awareOn
      escalatedAt
      spsoDecision
      spsoDecidedOn
      contactType
      otherOutcome
      otherOutcomeOn
      allowedOtherOutcomes
      duplicateOf {
        id
        reference
      }
      otherOrganisation
      contractor
      otherOutcomeReason @include(if: $personal)
      specialCircumstances @include(if: $personal)
      passedToOtherOrganisation @include(if: $personal)
      electedMember @include(if: $personal)
      summary @include(if: $personal)
      outcomeSought @include(if: $personal)
      escalationExceptionalCircumstances @include(if: $personal)
      customer @include(if: $personal) {
        id
        name
        email
        phone
        postcode
        address
        preferredContact
        surveyConsent
      }
      serviceArea {
        id
        name
      }
      handler {
        id
        name
      }
      namedStaff @include(if: $personal) {
        id
        name
      }
      rootCauses {
        id
        name
      }
      letters @include(if: $personal) {
        id
        kind
        sentVia
      }
      points {
        id
        position
        description @include(if: $personal)
        finding
        findingReason @include(if: $personal)
      }
      journey {
        id
        sequence
        type
        stage
        at
        recordedAt
        recordedBy {
          id
          name
        }
        details @include(if: $personal)
        voided
        voidedEventId
        corrections {
          field
          personal
          withheld
          before
          after
        }
      }
      allowedSteps
      timeline {
        escalationDeadline
        stageOneLastDay
        nextUpdateDue
        spsoDeadline
        explanations {
          what
          stage
          paragraph
          resultDate
          text
        }
        stage1 {
          ...StageFields
        }
        stage2 {
          ...StageFields
        }
      }
      actions {
        id
        title
        status
        targetDate
        deadlineStatus
        owner {
          id
          name
        }
      }
    }
  }
  ${STAGE_FIELDS}
`;

export const ROOT_CAUSES = gql`
  query RootCauses {
    rootCauses {
      id
      name
      parentId
    }
  }
`;

export const CLOSURE_DAYS = gql`
  query ClosureDays($from: LocalDate!, $to: LocalDate!) {
    closureDays(from: $from, to: $to) {
      date
    }
  }
`;

export const RECORD_COMPLAINT = gql`
  mutation RecordComplaint($input: RecordComplaintInput!) {
    recordComplaint(input: $input) {
      id
      reference
    }
  }
`;

const RESULT = 'id version status currentStage';

export const EXTEND = gql`
  mutation ExtendComplaint($id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!) {
    extendComplaint(id: $id, version: $version, dueOn: $dueOn, reason: $reason) { ${RESULT} }
  }
`;
export const ESCALATE = gql`
  mutation EscalateComplaint($id: ID!, $version: Int!, $at: DateTime, $exceptionalCircumstances: String, $awareOn: LocalDate) {
    escalateComplaint(id: $id, version: $version, at: $at, exceptionalCircumstances: $exceptionalCircumstances, awareOn: $awareOn) { ${RESULT} }
  }
`;
export const ACKNOWLEDGE = gql`
  mutation AcknowledgeComplaint($id: ID!, $version: Int!, $at: DateTime) {
    acknowledgeComplaint(id: $id, version: $version, at: $at) { ${RESULT} }
  }
`;
export const AGREE_POINTS = gql`
  mutation AgreePoints($id: ID!, $version: Int!, $points: [String!]!) {
    agreePointsOfComplaint(id: $id, version: $version, points: $points) { ${RESULT} }
  }
`;
export const CONTACT_UPDATE = gql`
  mutation ContactUpdate($id: ID!, $version: Int!, $note: String!, $at: DateTime) {
    recordContactUpdate(id: $id, version: $version, note: $note, at: $at) { ${RESULT} }
  }
`;
export const ADD_NOTE = gql`
  mutation AddNote($id: ID!, $version: Int!, $note: String!) {
    addComplaintNote(id: $id, version: $version, note: $note) { ${RESULT} }
  }
`;
export const SIGN_OFF = gql`
  mutation SignOff($id: ID!, $version: Int!) {
    signOffResponse(id: $id, version: $version) { ${RESULT} }
  }
`;
export const CLOSE = gql`
  mutation CloseComplaint($id: ID!, $version: Int!, $input: CloseComplaintInput!) {
    closeComplaint(id: $id, version: $version, input: $input) { ${RESULT} }
  }
`;
export const SPSO_DECISION = gql`
  mutation SpsoDecision($id: ID!, $version: Int!, $decision: SpsoDecision!, $decidedOn: LocalDate!) {
    recordSpsoDecision(id: $id, version: $version, decision: $decision, decidedOn: $decidedOn) { ${RESULT} }
  }
`;
export const POST_CLOSURE_CONTACT = gql`
  mutation PostClosureContact($id: ID!, $version: Int!, $note: String!, $dissatisfied: Boolean!) {
    recordPostClosureContact(id: $id, version: $version, note: $note, dissatisfied: $dissatisfied) { ${RESULT} }
  }
`;
export const OTHER_OUTCOME = gql`
  mutation RecordOtherOutcome($id: ID!, $version: Int!, $outcome: OtherOutcome!, $reason: String!, $duplicateOfId: ID) {
    recordOtherOutcome(id: $id, version: $version, outcome: $outcome, reason: $reason, duplicateOfId: $duplicateOfId) { ${RESULT} }
  }
`;
export const COMPLAINT_BY_REFERENCE = gql`
  query ComplaintByReference($search: String!) {
    complaints(search: $search, limit: 2) {
      items {
        id
        reference
      }
    }
  }
`;
export const SET_ROOT_CAUSES = gql`
  mutation SetRootCauses($id: ID!, $version: Int!, $rootCauseIds: [ID!]!) {
    setComplaintRootCauses(id: $id, version: $version, rootCauseIds: $rootCauseIds) { ${RESULT} }
  }
`;
export const CORRECT_COMPLAINT = gql`
  mutation CorrectComplaint($id: ID!, $version: Int!, $input: ComplaintCorrectionInput!, $reason: String!) {
    correctComplaint(id: $id, version: $version, input: $input, reason: $reason) { ${RESULT} }
  }
`;

export const VOID_COMPLAINT_STEP = gql`
  mutation VoidComplaintStep($id: ID!, $version: Int!, $eventId: ID!, $reason: String!) {
    voidComplaintStep(id: $id, version: $version, eventId: $eventId, reason: $reason) { ${RESULT} }
  }
`;

export const ASSIGN_HANDLER = gql`
  mutation AssignHandler($id: ID!, $version: Int!, $handlerId: ID!) {
    assignComplaintHandler(id: $id, version: $version, handlerId: $handlerId) { ${RESULT} }
  }
`;
