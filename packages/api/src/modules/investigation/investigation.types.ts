import { Field, ID, ObjectType } from 'type-graphql';
import { EvidenceFile } from './evidence-file.entity';
import { AlternativeResolution, InvestigationMeeting } from './meeting.entity';
import { InvestigationPlan, InvestigationReport } from './plan-and-report.entity';

/** The investigation file of a complaint (docs/procedure.md, The investigation file). */
@ObjectType()
export class InvestigationFile {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Boolean, {
    description:
      'True while the complaint is open at stage 2: only then does the file take changes',
  })
  open!: boolean;

  @Field(() => InvestigationPlan, { nullable: true, description: '§50' })
  plan!: InvestigationPlan | null;

  @Field(() => [InvestigationMeeting], { description: '§58–59, oldest first' })
  meetings!: InvestigationMeeting[];

  @Field(() => [AlternativeResolution], { description: '§54–57, oldest first' })
  alternativeResolutions!: AlternativeResolution[];

  @Field(() => Boolean, {
    description:
      '§57: an alternative approach is used and stage 2 has not been extended: an extension is likely to be needed',
  })
  extensionSuggested!: boolean;

  @Field(() => [EvidenceFile], { description: 'Newest first; the bytes are at GET /evidence/{id}' })
  evidence!: EvidenceFile[];

  @Field(() => InvestigationReport, { nullable: true })
  report!: InvestigationReport | null;
}
