import { gql } from '@apollo/client';

export const BOARD_PACK_FIELDS = gql`
  fragment BoardPackFields on BoardPack {
    id
    version
    status
    edition
    periodLabel
    periodFrom
    periodTo
    summary
    figuresComputedAt
    approvedAt
    sentBackComment
    sentBackAt
    isAuthor
    allowedSteps
    commentary {
      section
      title
      text
    }
  }
`;

export const BOARD_PACKS = gql`
  query BoardPacks {
    boardPacks {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

export const BOARD_PACK = gql`
  query BoardPack($id: ID!) {
    boardPack(id: $id) {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

export const DRAFT_BOARD_PACK = gql`
  mutation DraftBoardPack($quarter: String!) {
    draftBoardPack(quarter: $quarter) {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

export const UPDATE_BOARD_PACK = gql`
  mutation UpdateBoardPackNarrative(
    $id: ID!
    $version: Int!
    $summary: String
    $commentary: [BoardPackCommentaryInput!]
  ) {
    updateBoardPackNarrative(
      id: $id
      version: $version
      summary: $summary
      commentary: $commentary
    ) {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

const step = (name: string, field: string) => gql`
  mutation ${name}($id: ID!, $version: Int!) {
    ${field}(id: $id, version: $version) {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

export const REFRESH_BOARD_PACK = step('RefreshBoardPackFigures', 'refreshBoardPackFigures');
export const SUBMIT_BOARD_PACK = step('SubmitBoardPackForReview', 'submitBoardPackForReview');
export const APPROVE_BOARD_PACK = step('ApproveBoardPack', 'approveBoardPack');
export const WITHDRAW_BOARD_PACK = step('WithdrawBoardPack', 'withdrawBoardPack');

export const SEND_BACK_BOARD_PACK = gql`
  mutation SendBackBoardPack($id: ID!, $version: Int!, $comment: String!) {
    sendBackBoardPack(id: $id, version: $version, comment: $comment) {
      ...BoardPackFields
    }
  }
  ${BOARD_PACK_FIELDS}
`;

/** The download addresses the API serves (accessible HTML with print styles, and Word). */
export const boardPackHtmlPath = (id: string) => `/board-packs/${id}/board-pack.html`;
export const boardPackDocxPath = (id: string) => `/board-packs/${id}/board-pack.docx`;
