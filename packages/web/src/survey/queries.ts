import { gql } from '@apollo/client';

export const SURVEY_LINK = gql`
  query SurveyLink($token: String!) {
    surveyLink(token: $token) {
      kind
      expiresAt
    }
  }
`;

export const ANSWER_SURVEY = gql`
  mutation AnswerSurvey($input: SurveyAnswerInput!) {
    answerSurvey(input: $input)
  }
`;

export const SURVEY_RESULTS = gql`
  query SurveyResults($financialYear: Int!) {
    surveyResults(financialYear: $financialYear) {
      financialYear
      year {
        ...SurveyPeriodFields
      }
      quarters {
        ...SurveyPeriodFields
      }
    }
  }
  fragment SurveyPeriodFields on SurveyPeriodResults {
    label
    from
    to
    answers {
      value
      display
    }
    questions {
      key
      text
      satisfied {
        value
        display
      }
    }
    recurrenceAnswers {
      display
    }
    problemBack {
      display
    }
  }
`;
