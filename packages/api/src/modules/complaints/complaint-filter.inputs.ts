import { ArgsType, Field, ID, Int, registerEnumType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LocalDate } from '../../core/scalars';
import { ComplaintStatus, Outcome, Route } from './complaint.enums';

export enum DeadlineFilter {
  overdue = 'overdue',
  due_soon = 'due_soon',
}
registerEnumType(DeadlineFilter, {
  name: 'DeadlineFilter',
  description:
    "Open complaints past their current stage's deadline, or with at most 2 working days left",
});

@ArgsType()
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ComplaintStatus))
  status?: ComplaintStatus;
  @Field(() => Int, { nullable: true, description: 'The current stage' })
  @IsOptional()
  @IsIn([1, 2])
  stage?: 1 | 2;
  @Field(() => Route, { nullable: true }) @IsOptional() @IsIn(Object.values(Route)) route?: Route;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceAreaId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() handlerId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Received on or after this local date' })
  receivedFrom?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Received on or before this local date' })
  receivedTo?: string;
  @Field(() => Outcome, { nullable: true, description: 'The outcome of the current stage' })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome;
  @Field(() => String, { nullable: true, description: 'The start of a reference, e.g. CMP-2026-' })
  @IsOptional()
  @MaxLength(30)
  search?: string;
  @Field(() => DeadlineFilter, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DeadlineFilter))
  deadline?: DeadlineFilter;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Serious, high-risk or high-profile complaints at stage 1 (true), with the reason why not stage 2 (§36)',
  })
  @IsOptional()
  @IsBoolean()
  seriousAtStageOne?: boolean;
}
