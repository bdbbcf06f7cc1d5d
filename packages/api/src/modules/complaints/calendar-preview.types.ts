import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';

/** Which stored date of an open complaint a calendar change moves. */
export enum MovedDateKind {
  stage1DayOne = 'stage1DayOne',
  stage1DueOn = 'stage1DueOn',
  stage1ExtendedDueOn = 'stage1ExtendedDueOn',
  stage2DayOne = 'stage2DayOne',
  stage2AcknowledgeBy = 'stage2AcknowledgeBy',
  stage2DueOn = 'stage2DueOn',
  stage2ExtendedDueOn = 'stage2ExtendedDueOn',
}
registerEnumType(MovedDateKind, { name: 'MovedDateKind' });

export enum ClosureDayChange {
  add = 'add',
  remove = 'remove',
}
registerEnumType(ClosureDayChange, { name: 'ClosureDayChange' });

@ObjectType({ description: 'One date of a complaint that a calendar change moves' })
export class MovedDate {
  @Field(() => MovedDateKind) kind!: MovedDateKind;
  @Field(() => LocalDate, { nullable: true }) from!: string | null;
  @Field(() => LocalDate, { nullable: true }) to!: string | null;
}

@ObjectType({ description: 'An open complaint whose dates a calendar change moves' })
export class MovedComplaint {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => [MovedDate]) dates!: MovedDate[];
}

@ObjectType({ description: 'What a closure day added or removed would move, before it is saved' })
export class ClosureDayPreview {
  @Field(() => LocalDate) date!: string;
  @Field(() => ClosureDayChange) change!: ClosureDayChange;
  @Field(() => Int, { description: 'How many open complaints would move' }) totalCount!: number;
  @Field(() => [MovedComplaint], {
    description: 'The open complaints that would move, by reference (at most 200)',
  })
  complaints!: MovedComplaint[];
}
