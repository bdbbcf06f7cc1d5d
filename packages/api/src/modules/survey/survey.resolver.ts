import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { badInput, ruleText } from '../../core/errors';
import { ANALYTICS_READERS } from '../../core/role';
import { answerSurvey, surveyLink } from './survey-answers.service';
import { SurveyAnswerInput } from './survey.inputs';
import { surveyResultsForYear } from './survey-results.queries';
import { SurveyLink, SurveyResultsReport } from './survey.types';

@Resolver()
export class SurveyResolver {
  @Query(() => SurveyLink, {
    description:
      'What a satisfaction survey link asks (no sign-in); refused (rule SURVEY_LINK_*) when unknown, answered or expired',
  })
  async surveyLink(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: ChpContext,
  ): Promise<SurveyLink> {
    return await surveyLink(ctx, token);
  }

  @Mutation(() => Boolean, {
    description:
      "A customer's answers to a satisfaction survey, once per link (no sign-in); stored without personal data",
  })
  async answerSurvey(
    @Arg('input', () => SurveyAnswerInput) input: SurveyAnswerInput,
    @Ctx() ctx: ChpContext,
  ): Promise<boolean> {
    return answerSurvey(ctx, input);
  }

  @Authorized(ANALYTICS_READERS)
  @Query(() => SurveyResultsReport, {
    description:
      'Satisfaction survey results for the reporting year starting in financialYear and each of its quarters; no figure from fewer than 5 answers',
  })
  async surveyResults(
    @Arg('financialYear', () => Int) financialYear: number,
    @Ctx() ctx: ChpContext,
  ): Promise<SurveyResultsReport> {
    const viewer = requireViewer(ctx);
    if (
      !Number.isInteger(financialYear) ||
      financialYear < MIN_PERIOD_YEAR ||
      financialYear > MAX_PERIOD_YEAR
    )
      throw badInput('financialYear', 'yearInRange', ruleText('yearInRange'));
    return surveyResultsForYear(ctx.dataSource.manager, viewer.organisationId, financialYear);
  }
}
