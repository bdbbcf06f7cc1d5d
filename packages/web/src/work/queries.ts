import { gql } from '@apollo/client';

/** The work queue's fields, also read by the overview's one request. */
export const MY_WORK_FIELDS = gql`
  fragment MyWorkFields on MyWork {
    today
    total
    counts {
      kind
      count
    }
    items {
      kind
      dueOn
      urgency
      workingDaysLeft
      link
      complaintId
      reference
      complaintVersion
      supportNeeds
      actionId
      publicationId
      title
      requestId
      requestedDueOn
      requestReason
    }
  }
`;

/**
 * What waits for the signed-in person (docs/api.md, Work queues); the navigation reads `total`.
 * The first 10 items unless `first` says otherwise (null: every item, for "Show all").
 */
export const MY_WORK = gql`
  query MyWork($first: Int = 10) {
    myWork(first: $first) {
      ...MyWorkFields
    }
  }
  ${MY_WORK_FIELDS}
`;

/** A manager agrees the extension a handler asked for (§27, §62). */
export const AGREE_EXTENSION = gql`
  mutation AgreeExtension($id: ID!, $version: Int!, $dueOn: LocalDate!, $reason: String!) {
    extendComplaint(id: $id, version: $version, dueOn: $dueOn, reason: $reason) {
      id
      version
    }
  }
`;

/** Whether the signed-in person has a live calendar feed. */
export const MY_CALENDAR_FEED = gql`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      issuedAt
    }
  }
`;

/** A new private feed address (shown once); the old one stops answering. */
export const ISSUE_CALENDAR_FEED = gql`
  mutation IssueCalendarFeed {
    issueCalendarFeed {
      path
    }
  }
`;

export const REVOKE_CALENDAR_FEED = gql`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`;

/** A handler asks a manager to agree an extension (§27, §62); it waits in the managers' queue. */
export const REQUEST_EXTENSION = gql`
  mutation RequestExtension($id: ID!, $dueOn: LocalDate!, $reason: String!) {
    requestExtension(complaintId: $id, dueOn: $dueOn, reason: $reason) {
      id
    }
  }
`;

/** A handler asks an empowered manager to sign off the stage 2 response (§65). */
export const REQUEST_SIGN_OFF = gql`
  mutation RequestSignOff($id: ID!) {
    requestSignOff(complaintId: $id) {
      id
    }
  }
`;
