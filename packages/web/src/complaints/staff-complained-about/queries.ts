import { gql } from '@apollo/client';

/** The staff complained about panel (docs/procedure.md, Staff complained about). */
export const COMPLAINT_STAFF = gql`
  query ComplaintStaff($id: ID!) {
    complaint(id: $id) {
      id
      version
      staffComplainedAbout {
        personId
        person {
          id
          name
        }
        namedAt
        toldAt
        toldHow
        shared
        notSharedReason
        supportContact {
          id
          name
        }
        updates {
          at
          how
        }
        nextUpdateDue
        responseSharedOn
      }
    }
  }
`;

export const NAME_STAFF_MEMBER = gql`
  mutation NameStaffMember($id: ID!, $version: Int!, $personId: ID!) {
    nameStaffMember(id: $id, version: $version, personId: $personId) {
      id
      version
    }
  }
`;

export const REMOVE_NAMED_STAFF = gql`
  mutation RemoveNamedStaff($id: ID!, $version: Int!, $personId: ID!) {
    removeNamedStaff(id: $id, version: $version, personId: $personId) {
      id
      version
    }
  }
`;

export const RECORD_STAFF_NOTIFIED = gql`
  mutation RecordStaffNotified(
    $id: ID!
    $version: Int!
    $personId: ID!
    $at: DateTime
    $how: StaffContactMethod!
    $shared: StaffSharing!
    $notSharedReason: String
  ) {
    recordStaffNotified(
      id: $id
      version: $version
      personId: $personId
      at: $at
      how: $how
      shared: $shared
      notSharedReason: $notSharedReason
    ) {
      id
      version
    }
  }
`;

export const SET_SUPPORT_CONTACT = gql`
  mutation SetSupportContact($id: ID!, $version: Int!, $personId: ID!, $supportContactId: ID!) {
    setSupportContact(
      id: $id
      version: $version
      personId: $personId
      supportContactId: $supportContactId
    ) {
      id
      version
    }
  }
`;

export const RECORD_STAFF_UPDATE = gql`
  mutation RecordStaffUpdate(
    $id: ID!
    $version: Int!
    $personId: ID!
    $at: DateTime
    $how: StaffContactMethod!
  ) {
    recordStaffUpdate(id: $id, version: $version, personId: $personId, at: $at, how: $how) {
      id
      version
    }
  }
`;

export const RECORD_RESPONSE_SHARED = gql`
  mutation RecordResponseSharedWithStaff(
    $id: ID!
    $version: Int!
    $personId: ID!
    $sharedOn: LocalDate!
  ) {
    recordResponseSharedWithStaff(
      id: $id
      version: $version
      personId: $personId
      sharedOn: $sharedOn
    ) {
      id
      version
    }
  }
`;
