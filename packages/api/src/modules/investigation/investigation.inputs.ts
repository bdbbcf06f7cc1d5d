import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { ALTERNATIVE_RESOLUTION_APPROACHES } from '@chp/domain';
import { NotBlank } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { AlternativeResolutionApproach, MeetingRecordFormat } from './investigation.enums';

const LONG = 20_000;

@ArgsType()
export class ComplaintInvestigationArgs {
  @Field(() => ID, { description: 'A complaint of your organisation' })
  @IsUUID()
  complaintId!: string;
}

@ArgsType()
export class SaveInvestigationPlanArgs extends ComplaintInvestigationArgs {
  @Field(() => Int, {
    description:
      'The plan’s version you last read; 0 when there is no plan yet (STALE_VERSION otherwise)',
  })
  @Min(0)
  version!: number;

  @Field(() => String) @MaxLength(LONG) whatHappened!: string;
  @Field(() => String) @MaxLength(LONG) whatShouldHaveHappened!: string;
  @Field(() => String) @MaxLength(LONG) difference!: string;
  @Field(() => String) @MaxLength(LONG) evidenceNeeded!: string;
}

@ArgsType()
export class AddInvestigationMeetingArgs extends ComplaintInvestigationArgs {
  @Field(() => LocalDate) heldOn!: string;
  @Field(() => String) @NotBlank() @MaxLength(2000) staffPresent!: string;
  @Field(() => String, { description: 'The customer, their representative or others with them' })
  @NotBlank()
  @MaxLength(2000)
  customerSidePresent!: string;

  @Field(() => MeetingRecordFormat)
  @IsIn(['written', 'other'])
  recordFormat!: MeetingRecordFormat;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The date the customer was told to expect the record by (§59); left out: 5 working days after the meeting',
  })
  @IsOptional()
  recordDueOn?: string | null;

  @Field(() => LocalDate, { nullable: true }) @IsOptional() recordSentOn?: string | null;
}

@ArgsType()
export class RecordMeetingRecordSentArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => LocalDate) sentOn!: string;
}

@ArgsType()
export class AddAlternativeResolutionArgs extends ComplaintInvestigationArgs {
  @Field(() => AlternativeResolutionApproach)
  @IsIn(ALTERNATIVE_RESOLUTION_APPROACHES)
  approach!: AlternativeResolutionApproach;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?:
    string | null;
  @Field(() => LocalDate) startedOn!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() endedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LONG) result?: string | null;
}

@ArgsType()
export class RecordAlternativeResolutionResultArgs {
  @Field(() => ID) @IsUUID() alternativeResolutionId!: string;
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => LocalDate) endedOn!: string;
  @Field(() => String) @NotBlank() @MaxLength(LONG) result!: string;
}

@ArgsType()
export class SaveInvestigationReportArgs extends ComplaintInvestigationArgs {
  @Field(() => Int, { description: 'The report’s version you last read; 0 when there is none yet' })
  @Min(0)
  version!: number;

  @Field(() => String, { description: 'The report; may be empty when it is an uploaded file' })
  @MaxLength(100_000)
  text!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An evidence file of the complaint holding the report',
  })
  @IsOptional()
  @IsUUID()
  fileId?: string | null;

  @Field(() => LocalDate) writtenOn!: string;
}

@ArgsType()
export class DeleteEvidenceFileArgs {
  @Field(() => ID) @IsUUID() fileId!: string;
}
