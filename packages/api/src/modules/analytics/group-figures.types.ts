import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation, OrganisationGroup } from '../organisations';
import { IndicatorFigures, ReportingPeriod } from './analytics.types';

@ObjectType({ description: 'One month of a trend: complaints received and closed (rows A and B)' })
export class MonthFigures {
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => Int) received!: number;
  @Field(() => Int) closed!: number;
}

@ObjectType({ description: "One member organisation's figures, beside the group's" })
export class GroupMemberFigures {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => IndicatorFigures) current!: IndicatorFigures;
  @Field(() => IndicatorFigures) previous!: IndicatorFigures;
  @Field(() => [MonthFigures], { description: 'Each calendar month of the period' })
  months!: MonthFigures[];
}

@ObjectType({
  description:
    "A group's SPSO indicators and trend, across the group and per member side by side: figures only, never a member's complaints or customers",
})
export class GroupFigures {
  @Field(() => OrganisationGroup) group!: OrganisationGroup;
  @Field(() => ReportingPeriod) period!: ReportingPeriod;
  @Field(() => IndicatorFigures, {
    description:
      "Across the group: every member's counts and working days added up, shares and averages recomputed from the sums; per 1,000 only when every member has a population of the same kind",
  })
  total!: IndicatorFigures;
  @Field(() => IndicatorFigures) totalPrevious!: IndicatorFigures;
  @Field(() => [MonthFigures]) totalMonths!: MonthFigures[];
  @Field(() => [GroupMemberFigures], { description: 'Every member, by name' })
  members!: GroupMemberFigures[];
}
