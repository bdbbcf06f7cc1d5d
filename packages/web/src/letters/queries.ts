import { gql } from '@apollo/client';

export const COMPLAINT_LETTERS = gql`
  query ComplaintLetters($id: ID!) {
    complaint(id: $id) {
      id
      currentStage
      status
      points {
        id
        position
        description
        finding
        findingReason
      }
      letters {
        id
        kind
        stage
        version
        sentVia
        sentOn
        htmlPath
        docxPath
      }
    }
  }
`;

export const LETTER_DRAFT = gql`
  query LetterDraft(
    $complaintId: ID!
    $kind: LetterKind!
    $reasons: String
    $apology: String
    $extensionReason: String
    $newDueOn: LocalDate
    $findings: [FindingInput!]
  ) {
    letterDraft(
      complaintId: $complaintId
      kind: $kind
      reasons: $reasons
      apology: $apology
      extensionReason: $extensionReason
      newDueOn: $newDueOn
      findings: $findings
    ) {
      kind
      text
      suggestedMethod
    }
  }
`;

export const SEND_LETTER = gql`
  mutation SendLetter($input: SendLetterInput!) {
    sendLetter(input: $input) {
      id
      kind
      version
    }
  }
`;

export const LETTER_TEMPLATES = gql`
  query LetterTemplates {
    letterTemplates {
      kind
      label
      body
      isDefault
      version
    }
    letterPlaceholders {
      name
      label
      kinds
    }
  }
`;

export const SAVE_LETTER_TEMPLATE = gql`
  mutation SaveLetterTemplate($kind: LetterKind!, $body: String!, $version: Int!) {
    saveLetterTemplate(kind: $kind, body: $body, version: $version) {
      kind
      body
      isDefault
      version
    }
  }
`;
