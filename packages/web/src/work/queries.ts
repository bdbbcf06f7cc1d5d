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
