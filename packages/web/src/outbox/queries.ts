import { gql } from '@apollo/client';

export const OUTBOX = gql`
  query Outbox($offset: Int) {
    outbox(limit: 25, offset: $offset) {
      totalCount
      items {
        id
        to
        reason
        day
        status
        createdAt
        sendAfter
        sentAt
        attempts
        lastError
        subject
        text
      }
    }
    mailSettings {
      reminderLeadDays
      sendFrom
      sendUntil
      smtpConfigured
      version
    }
  }
`;

export const UPDATE_MAIL_SETTINGS = gql`
  mutation UpdateMailSettings(
    $version: Int!
    $reminderLeadDays: Int
    $sendFrom: String
    $sendUntil: String
  ) {
    updateMailSettings(
      settings: {
        version: $version
        reminderLeadDays: $reminderLeadDays
        sendFrom: $sendFrom
        sendUntil: $sendUntil
      }
    ) {
      reminderLeadDays
      sendFrom
      sendUntil
      version
    }
  }
`;
