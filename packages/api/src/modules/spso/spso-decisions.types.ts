import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

@ObjectType({ description: 'Complaints with an SPSO decision, by how it stands against ours' })
export class SpsoComparisonCountsType {
  @Field(() => Int) not_taken_forward!: number;
  @Field(() => Int, { description: 'The SPSO reached our finding' }) same!: number;
  @Field(() => Int, {
    description: 'The SPSO upheld more than we did (e.g. not upheld by us, upheld by the SPSO)',
  })
  spso_upheld_more!: number;
  @Field(() => Int) spso_upheld_less!: number;
  @Field(() => Int, { description: 'Resolved on either side, or no outcome of ours' })
  not_comparable!: number;
}

@ObjectType()
export class SpsoComparisonByServiceArea {
  @Field(() => ID) serviceAreaId!: string;
  @Field(() => String) serviceAreaName!: string;
  @Field(() => SpsoComparisonCountsType) counts!: SpsoComparisonCountsType;
}

@ObjectType()
export class SpsoUpheldMore {
  @Field(() => ID) complaintId!: string;
  @Field(() => String) reference!: string;
  @Field(() => String) serviceAreaName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Stage 2’s outcome if reached, else stage 1’s',
  })
  ourOutcome!: string | null;
  @Field(() => String) spsoDecision!: string;
  @Field(() => LocalDate) decidedOn!: string;
}

@ObjectType({
  description:
    'SPSO decisions in a period against our outcomes (docs/procedure.md, SPSO decisions against ours)',
})
export class SpsoDecisionsReport {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => SpsoComparisonCountsType) total!: SpsoComparisonCountsType;
  @Field(() => [SpsoComparisonByServiceArea]) byServiceArea!: SpsoComparisonByServiceArea[];
  @Field(() => [SpsoUpheldMore]) upheldMore!: SpsoUpheldMore[];
}

export enum SpsoRecommendationState {
  completed = 'completed',
  on_track = 'on_track',
  due_soon = 'due_soon',
  overdue = 'overdue',
}
registerEnumType(SpsoRecommendationState, { name: 'SpsoRecommendationState' });
