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

/** The buckets of closures the SPSO indicators count (docs/procedure.md, SPSO performance indicators, row B). */
export enum ClosureBucket {
  stage1 = 'stage1',
  stage2_direct = 'stage2_direct',
  stage2_escalated = 'stage2_escalated',
  /** Both stage 2 buckets: a complaint closes at stage 2 once at most. */
  stage2 = 'stage2',
}
registerEnumType(ClosureBucket, {
  name: 'ClosureBucket',
  description:
    'Which closure the closed* filters read: a stage 1 response, or a stage 2 response (direct, after escalation, or either)',
});

/** The register's columns, for its order. */
export enum RegisterSort {
  received = 'received',
  reference = 'reference',
  service_area = 'service_area',
  stage = 'stage',
  due = 'due',
  status = 'status',
}
registerEnumType(RegisterSort, { name: 'RegisterSort' });

export enum SortDirection {
  asc = 'asc',
  desc = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

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
  @Field(() => String, {
    nullable: true,
    description:
      "The start of a reference (e.g. CMP-2026-); for roles that see personal data also words of the customer's name, e-mail or postcode or of the summary: every word typed (English stems), the last one as the start of a word",
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the complaints you handle (your caseload)',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
  @Field(() => ClosureBucket, {
    nullable: true,
    description:
      'Complaints with a closure in this bucket (with closedFrom/closedTo: in that period)',
  })
  @IsOptional()
  @IsIn(Object.values(ClosureBucket))
  closedAt?: ClosureBucket;
  @Field(() => LocalDate, {
    nullable: true,
    description: "That closure's local date on or after this date (needs closedAt)",
  })
  closedFrom?: string;
  @Field(() => LocalDate, {
    nullable: true,
    description: "That closure's local date on or before this date (needs closedAt)",
  })
  closedTo?: string;
  @Field(() => Outcome, { nullable: true, description: "That closure's outcome (needs closedAt)" })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  closureOutcome?: Outcome;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'That closure within its timescale (true) or not (false): indicator E (needs closedAt)',
  })
  @IsOptional()
  @IsBoolean()
  closedWithinTimescale?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "That closure's stage extended (true) or not (false): indicator F (needs closedAt)",
  })
  @IsOptional()
  @IsBoolean()
  closedExtended?: boolean;
  @Field(() => RegisterSort, {
    nullable: true,
    description: 'The column to order by (default received); ties in received order, then id',
  })
  @IsOptional()
  @IsIn(Object.values(RegisterSort))
  sort?: RegisterSort;
  @Field(() => SortDirection, {
    nullable: true,
    description: 'Default: newest first for received, else ascending',
  })
  @IsOptional()
  @IsIn(Object.values(SortDirection))
  direction?: SortDirection;
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
