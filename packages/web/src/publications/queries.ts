import { gql } from '@apollo/client';
import { PUBLIC_FIGURE_FIELDS } from '@chp/domain';

const FIGURES = `label from to ${PUBLIC_FIGURE_FIELDS.map((f) => `${f} { value display }`).join(' ')}`;

export const PUBLICATIONS = gql`
  query Publications($limit: Int!, $offset: Int!) {
    publications(limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        kind
        period
        title
        status
        updatedAt
        publishedAt
        author {
          id
          name
        }
      }
    }
  }
`;

export const PUBLICATION_FIELDS = gql`
  fragment PublicationFields on Publication {
    id
    version
    kind
    period
    title
    status
    introduction
    learning
    customerExperience
    staffTraining
    allowedSteps
    updatedAt
    publishedAt
    approvedAt
    withdrawnAt
    withdrawnReason
    publicPath
    author {
      id
      name
    }
    approvedBy {
      id
      name
    }
    lastEditedBy {
      id
      name
    }
    reviewComments {
      id
      comment
      sentBackAt
      sentBackBy {
        id
        name
      }
    }
    items {
      id
      position
      youSaid
      weDid
      actions {
        id
        title
      }
      serviceAreas {
        id
        name
      }
    }
    personalDataFindings {
      field
      kind
      excerpt
    }
    frozenFigures {
      smallNumberThreshold
      current { ${FIGURES} }
      previous { ${FIGURES} }
      annualReport {
        indicators {
          indicator
        }
      }
    }
  }
`;

export const PUBLICATION = gql`
  query Publication($id: ID!) {
    publication(id: $id) {
      ...PublicationFields
    }
  }
  ${PUBLICATION_FIELDS}
`;

export const CANDIDATES = gql`
  query PublicationCandidates($quarter: String!) {
    publicationCandidates(quarter: $quarter, limit: 50) {
      totalCount
      items {
        id
        title
        publicSummary
        completedOn
        serviceArea {
          id
          name
        }
        rootCauses {
          id
          name
        }
      }
    }
  }
`;

export const CREATE_PUBLICATION = gql`
  mutation CreatePublication($kind: PublicationKind!, $period: String!, $title: String!) {
    createPublication(kind: $kind, period: $period, title: $title) {
      id
    }
  }
`;

const RESULT = '...PublicationFields';

export const UPDATE_PUBLICATION = gql`
  mutation UpdatePublication($id: ID!, $version: Int!, $title: String, $introduction: String, $learning: String, $customerExperience: String, $staffTraining: String) {
    updatePublication(id: $id, version: $version, title: $title, introduction: $introduction, learning: $learning, customerExperience: $customerExperience, staffTraining: $staffTraining) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const ADD_ITEM = gql`
  mutation AddPublicationItem($id: ID!, $version: Int!, $youSaid: String!, $weDid: String!, $actionIds: [ID!]!) {
    addPublicationItem(id: $id, version: $version, youSaid: $youSaid, weDid: $weDid, actionIds: $actionIds) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const UPDATE_ITEM = gql`
  mutation UpdatePublicationItem($id: ID!, $version: Int!, $itemId: ID!, $youSaid: String, $weDid: String, $actionIds: [ID!]) {
    updatePublicationItem(id: $id, version: $version, itemId: $itemId, youSaid: $youSaid, weDid: $weDid, actionIds: $actionIds) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const REMOVE_ITEM = gql`
  mutation RemovePublicationItem($id: ID!, $version: Int!, $itemId: ID!) {
    removePublicationItem(id: $id, version: $version, itemId: $itemId) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const SUBMIT = gql`
  mutation SubmitPublication($id: ID!, $version: Int!) {
    submitPublicationForReview(id: $id, version: $version) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const APPROVE = gql`
  mutation ApprovePublication($id: ID!, $version: Int!) {
    approvePublication(id: $id, version: $version) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const PUBLISH = gql`
  mutation PublishPublication($id: ID!, $version: Int!) {
    publishPublication(id: $id, version: $version) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const WITHDRAW = gql`
  mutation WithdrawPublication($id: ID!, $version: Int!, $reason: String!) {
    withdrawPublication(id: $id, version: $version, reason: $reason) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;
export const SEND_BACK = gql`
  mutation SendBackPublication($id: ID!, $version: Int!, $comment: String!) {
    sendBackPublication(id: $id, version: $version, comment: $comment) { ${RESULT} }
  }
  ${PUBLICATION_FIELDS}
`;

/** The public page as it will look, for the approver (Publication.previewHtml: the public site's own rendering). */
export const PUBLICATION_PREVIEW = gql`
  query PublicationPreview($id: ID!) {
    publication(id: $id) {
      ...PublicationFields
      previewHtml
    }
  }
  ${PUBLICATION_FIELDS}
`;
