import { gql } from '@apollo/client';

export const MY_MAIL_PREFERENCES = gql`
  query MyMailPreferences {
    myMailPreferences {
      actionReminders
      complaintReminders
      approvalReminders
      weeklyDigest
      delivery
      version
    }
  }
`;

export const UPDATE_MY_MAIL_PREFERENCES = gql`
  mutation UpdateMyMailPreferences(
    $version: Int!
    $actionReminders: Boolean
    $complaintReminders: Boolean
    $approvalReminders: Boolean
    $weeklyDigest: Boolean
    $delivery: MailDelivery
  ) {
    updateMyMailPreferences(
      preferences: {
        version: $version
        actionReminders: $actionReminders
        complaintReminders: $complaintReminders
        approvalReminders: $approvalReminders
        weeklyDigest: $weeklyDigest
        delivery: $delivery
      }
    ) {
      actionReminders
      complaintReminders
      approvalReminders
      weeklyDigest
      delivery
      version
    }
  }
`;
