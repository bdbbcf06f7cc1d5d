import { gql } from '@apollo/client';

/** What waits for the signed-in person (docs/api.md, Work queues); the navigation reads `total`. */
export const MY_WORK = gql`
  query MyWork {
    myWork {
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
  }
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
