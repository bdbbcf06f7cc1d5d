import { Field, InputType, Int } from 'type-graphql';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NotBlank, Omittable } from '../../core/input-rules';
import { LocalDate } from '../../core/scalars';
import { Sector, StageOneResponders } from './organisation.entity';

@InputType()
export class OrganisationSettingsInput {
  @Field(() => Int) @Min(1) version!: number;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @NotBlank()
  @Length(1, 200)
  name?: string;
  @Field(() => String, { nullable: true })
  @Omittable()
  // one or two words of letters: the dashboard writes it into labels ("When the complainant …");
  // checked after notBlank, so only spaces is told as empty
  @Matches(/^\s*\p{L}+([ '-]\p{L}+)?\s*$/u, {
    message: 'personTerm must be one or two words of letters',
  })
  @IsString()
  @NotBlank()
  @Length(1, 30)
  personTerm?: string;
  @Field(() => Sector, {
    nullable: true,
    description: 'The sector; it does not change the person term (send personTerm as well)',
  })
  @Omittable()
  @IsIn(Object.values(Sector))
  sector?: Sector;
  @Field(() => Int, {
    nullable: true,
    description: 'The month the financial year starts in: 1 (January) to 12 (December)',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(12)
  financialYearStartMonth?: number;
  @Field(() => String, {
    nullable: true,
    description: "'HH:MM', or an empty string for no cut-off",
  })
  @Omittable()
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { message: 'cutOffTime must be HH:MM' })
  cutOffTime?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) population?: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  populationLabel?: string;
  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @NotBlank()
  @Length(1, 4000)
  spsoSignposting?: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "Public counts below it are shown as 'fewer than N' (1 to 100; applies to publications approved afterwards)",
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  publicSmallNumber?: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  tribunalSignposting?: string;
  @Field(() => StageOneResponders, {
    nullable: true,
    description: 'Who may close a complaint at stage 1 (§21)',
  })
  @Omittable()
  @IsIn(Object.values(StageOneResponders))
  stageOneResponders?: StageOneResponders;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The earliest date a complaint may be recorded as received (1900-01-01 at the earliest; not in the future)',
  })
  @Omittable()
  earliestRecordDate?: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'The time limit for making a complaint, in months from when the customer knew of the problem (1 to 120)',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(120)
  complaintTimeLimitMonths?: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'How long after closure personal data is kept, in months (12 to 240; anonymised when due)',
  })
  @Omittable()
  @IsInt()
  @Min(12)
  @Max(240)
  retentionMonths?: number;
}
