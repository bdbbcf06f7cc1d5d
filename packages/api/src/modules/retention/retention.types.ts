import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../core/scalars';

@ObjectType({ description: 'A closed complaint whose personal data is due for anonymisation' })
export class RetentionDue {
  @Field(() => ID) complaintId!: string;
  @Field(() => String) reference!: string;
  @Field(() => LocalDate, { description: 'Its last decision: closure, stage 2 closure or SPSO' })
  closedOn!: string;
  @Field(() => LocalDate, { description: 'closedOn plus the retention period' })
  dueOn!: string;
  @Field(() => Boolean, { description: 'On legal hold: it will not be anonymised' })
  legalHold!: boolean;
}

@ObjectType({ description: 'What a retention run did' })
export class RetentionRunResult {
  @Field(() => Int, { description: 'Complaints anonymised' }) anonymised!: number;
  @Field(() => Int, { description: 'Complaints due but kept by a legal hold' }) heldBack!: number;
}

@ObjectType({ description: 'What an erasure on request did' })
export class ErasureResult {
  @Field(() => Int, { description: 'Complaints anonymised' }) anonymised!: number;
  @Field(() => Int, { description: 'Complaints kept by a legal hold (not erased)' })
  heldBack!: number;
}

@ObjectType({ description: 'A legal hold on a complaint' })
export class LegalHold {
  @Field(() => String) reason!: string;
  @Field(() => DateTime) at!: Date;
  @Field(() => String, { nullable: true, description: 'Who set it' }) setBy!: string | null;
}
