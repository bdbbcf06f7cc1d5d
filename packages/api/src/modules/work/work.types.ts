import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars';
import { WorkItemKind, WorkItemUrgency } from './work.enums';

@ObjectType({ description: 'One thing waiting for you (docs/procedure.md, Work queues)' })
export class WorkItem {
  @Field(() => WorkItemKind) kind!: WorkItemKind;
  @Field(() => LocalDate, { nullable: true, description: 'Due by; null when it has no deadline' })
  dueOn!: string | null;
  @Field(() => WorkItemUrgency) urgency!: WorkItemUrgency;
  @Field(() => Int, {
    nullable: true,
    description: 'Working days left until dueOn (0: due today; negative: working days overdue)',
  })
  workingDaysLeft!: number | null;
  @Field(() => String, { description: "The dashboard's page for it, e.g. /complaints/<id>" })
  link!: string;
  @Field(() => ID, { nullable: true }) complaintId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The complaint reference (no personal data)',
  })
  reference!: string | null;
  @Field(() => Int, { nullable: true, description: "The complaint's version, to act on it" })
  complaintVersion!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "The complaint's customer has support needs or adjustments recorded (SPSO practice note: accessibility); null for items that are not complaints",
  })
  supportNeeds!: boolean | null;
  @Field(() => ID, { nullable: true }) actionId!: string | null;
  @Field(() => ID, { nullable: true }) publicationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The action or publication title' })
  title!: string | null;
  @Field(() => ID, { nullable: true, description: 'The approval request behind it' })
  requestId!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The extension asked for' })
  requestedDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the extension is asked for' })
  requestReason!: string | null;
}

@ObjectType()
export class WorkItemCount {
  @Field(() => WorkItemKind) kind!: WorkItemKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What waits for the signed-in person, most urgent first' })
export class MyWork {
  @Field(() => LocalDate, { description: 'The day the queue was worked out for' })
  today!: string;
  @Field(() => Int, { description: 'How many items wait, all of them (the navigation shows it)' })
  total!: number;
  @Field(() => [WorkItemCount], { description: 'Items per kind, kinds with none left out' })
  counts!: WorkItemCount[];
  @Field(() => [WorkItem], {
    description: 'Most urgent first: the first `first` items of myWork, every item without it',
  })
  items!: WorkItem[];
}
