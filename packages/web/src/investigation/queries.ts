import { gql } from '@apollo/client';

export const COMPLAINT_INVESTIGATION = gql`
  query ComplaintInvestigation($complaintId: ID!) {
    complaintInvestigation(complaintId: $complaintId) {
      complaintId
      open
      extensionSuggested
      plan {
        complaintId
        whatHappened
        whatShouldHaveHappened
        difference
        evidenceNeeded
        version
        updatedAt
      }
      meetings {
        id
        heldOn
        staffPresent
        customerSidePresent
        recordFormat
        recordDueOn
        recordSentOn
        recordState
        version
      }
      alternativeResolutions {
        id
        approach
        description
        startedOn
        endedOn
        result
        version
      }
      evidence {
        id
        fileName
        kind
        sizeBytes
        description
        uploadedAt
      }
      report {
        complaintId
        text
        fileId
        writtenOn
        version
      }
    }
  }
`;

export const SAVE_INVESTIGATION_PLAN = gql`
  mutation SaveInvestigationPlan(
    $complaintId: ID!
    $version: Int!
    $whatHappened: String!
    $whatShouldHaveHappened: String!
    $difference: String!
    $evidenceNeeded: String!
  ) {
    saveInvestigationPlan(
      complaintId: $complaintId
      version: $version
      whatHappened: $whatHappened
      whatShouldHaveHappened: $whatShouldHaveHappened
      difference: $difference
      evidenceNeeded: $evidenceNeeded
    ) {
      complaintId
      version
    }
  }
`;

export const ADD_INVESTIGATION_MEETING = gql`
  mutation AddInvestigationMeeting(
    $complaintId: ID!
    $heldOn: LocalDate!
    $staffPresent: String!
    $customerSidePresent: String!
    $recordFormat: MeetingRecordFormat!
    $recordDueOn: LocalDate
    $recordSentOn: LocalDate
  ) {
    addInvestigationMeeting(
      complaintId: $complaintId
      heldOn: $heldOn
      staffPresent: $staffPresent
      customerSidePresent: $customerSidePresent
      recordFormat: $recordFormat
      recordDueOn: $recordDueOn
      recordSentOn: $recordSentOn
    ) {
      id
    }
  }
`;

export const RECORD_MEETING_RECORD_SENT = gql`
  mutation RecordMeetingRecordSent($meetingId: ID!, $version: Int!, $sentOn: LocalDate!) {
    recordMeetingRecordSent(meetingId: $meetingId, version: $version, sentOn: $sentOn) {
      id
      version
    }
  }
`;

export const ADD_ALTERNATIVE_RESOLUTION = gql`
  mutation AddAlternativeResolution(
    $complaintId: ID!
    $approach: AlternativeResolutionApproach!
    $description: String
    $startedOn: LocalDate!
    $endedOn: LocalDate
    $result: String
  ) {
    addAlternativeResolution(
      complaintId: $complaintId
      approach: $approach
      description: $description
      startedOn: $startedOn
      endedOn: $endedOn
      result: $result
    ) {
      id
    }
  }
`;

export const SAVE_INVESTIGATION_REPORT = gql`
  mutation SaveInvestigationReport(
    $complaintId: ID!
    $version: Int!
    $text: String!
    $fileId: ID
    $writtenOn: LocalDate!
  ) {
    saveInvestigationReport(
      complaintId: $complaintId
      version: $version
      text: $text
      fileId: $fileId
      writtenOn: $writtenOn
    ) {
      complaintId
      version
    }
  }
`;

export const DELETE_EVIDENCE_FILE = gql`
  mutation DeleteEvidenceFile($fileId: ID!) {
    deleteEvidenceFile(fileId: $fileId)
  }
`;
