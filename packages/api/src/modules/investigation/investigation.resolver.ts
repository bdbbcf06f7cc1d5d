import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { meetingRecordState } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { mutate } from '../../core/mutation';
import { COMPLAINT_HANDLERS, SEES_PERSONAL_DATA } from '../../core/role';
import { getConfig } from '../../config';
import { deleteEvidenceFile } from './evidence.service';
import {
  AddAlternativeResolutionArgs,
  AddInvestigationMeetingArgs,
  ComplaintInvestigationArgs,
  DeleteEvidenceFileArgs,
  RecordAlternativeResolutionResultArgs,
  RecordMeetingRecordSentArgs,
  SaveInvestigationPlanArgs,
  SaveInvestigationReportArgs,
} from './investigation.inputs';
import { MeetingRecordState } from './investigation.enums';
import { loadInvestigationFile } from './investigation.queries';
import {
  addAlternativeResolution,
  addInvestigationMeeting,
  recordAlternativeResolutionResult,
  recordMeetingRecordSent,
  saveInvestigationPlan,
  saveInvestigationReport,
} from './investigation.service';
import { InvestigationFile } from './investigation.types';
import { AlternativeResolution, InvestigationMeeting } from './meeting.entity';
import { InvestigationPlan, InvestigationReport } from './plan-and-report.entity';

/**
 * The investigation file (docs/procedure.md, The investigation file): personal data, so read
 * only by those who see it (never communications or action-only staff); changed by handlers
 * and managers.
 */
@Resolver()
export class InvestigationResolver {
  @Authorized(SEES_PERSONAL_DATA)
  @Query(() => InvestigationFile, { description: 'The investigation file of a complaint' })
  complaintInvestigation(
    @Args(() => ComplaintInvestigationArgs) args: ComplaintInvestigationArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<InvestigationFile> {
    const viewer = requireViewer(ctx);
    return loadInvestigationFile(ctx.dataSource.manager, viewer.organisationIds, args.complaintId);
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => InvestigationPlan, { description: 'Saves the investigation plan (§50)' })
  saveInvestigationPlan(
    @Args(() => SaveInvestigationPlanArgs) args: SaveInvestigationPlanArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<InvestigationPlan> {
    return mutate(ctx, 'saveInvestigationPlan', (tx) => saveInvestigationPlan(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => InvestigationMeeting, {
    description: 'Records a meeting with the customer and when its record is due (§58–59)',
  })
  addInvestigationMeeting(
    @Args(() => AddInvestigationMeetingArgs) args: AddInvestigationMeetingArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<InvestigationMeeting> {
    return mutate(ctx, 'addInvestigationMeeting', (tx) => addInvestigationMeeting(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => InvestigationMeeting, {
    description: 'Records the day the record of a meeting was given to the customer (§59)',
  })
  recordMeetingRecordSent(
    @Args(() => RecordMeetingRecordSentArgs) args: RecordMeetingRecordSentArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<InvestigationMeeting> {
    return mutate(ctx, 'recordMeetingRecordSent', (tx) => recordMeetingRecordSent(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => AlternativeResolution, {
    description:
      'Records an alternative resolution approach used: mediation, conciliation, ... (§54–57)',
  })
  addAlternativeResolution(
    @Args(() => AddAlternativeResolutionArgs) args: AddAlternativeResolutionArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<AlternativeResolution> {
    return mutate(ctx, 'addAlternativeResolution', (tx) => addAlternativeResolution(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => AlternativeResolution, {
    description: 'Records when an alternative resolution approach ended and its result (§55)',
  })
  recordAlternativeResolutionResult(
    @Args(() => RecordAlternativeResolutionResultArgs) args: RecordAlternativeResolutionResultArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<AlternativeResolution> {
    return mutate(ctx, 'recordAlternativeResolutionResult', (tx) =>
      recordAlternativeResolutionResult(tx, args),
    );
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => InvestigationReport, {
    description:
      "Saves the investigator's report: text and/or one of the complaint's evidence files",
  })
  saveInvestigationReport(
    @Args(() => SaveInvestigationReportArgs) args: SaveInvestigationReportArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<InvestigationReport> {
    return mutate(ctx, 'saveInvestigationReport', (tx) => saveInvestigationReport(tx, args));
  }

  @Authorized(COMPLAINT_HANDLERS)
  @Mutation(() => ID, {
    description:
      'Deletes an evidence file (audited: which file and who, never its content). Upload: POST /evidence',
  })
  deleteEvidenceFile(
    @Args(() => DeleteEvidenceFileArgs) args: DeleteEvidenceFileArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<string> {
    return mutate(ctx, 'deleteEvidenceFile', (tx) =>
      deleteEvidenceFile(tx, args.fileId, { dir: getConfig().evidenceDir }),
    );
  }
}

@Resolver(() => InvestigationMeeting)
export class InvestigationMeetingFieldsResolver {
  @FieldResolver(() => MeetingRecordState, { description: 'Where the record stands today (§59)' })
  recordState(@Root() meeting: InvestigationMeeting, @Ctx() ctx: ChpContext): MeetingRecordState {
    return meetingRecordState(meeting, ctx.today);
  }
}

export const investigationResolvers = [
  InvestigationResolver,
  InvestigationMeetingFieldsResolver,
] as const;
