import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImprovementAction } from './improvement-action.entity';

/** The improvement action's GraphQL enums and page type. */

export enum DeadlineStatusOfAction {
  done_on_time = 'done_on_time',
  done_late = 'done_late',
  on_track = 'on_track',
  due_soon = 'due_soon',
  overdue = 'overdue',
  cancelled = 'cancelled',
}
registerEnumType(DeadlineStatusOfAction, {
  name: 'ActionDeadlineStatus',
  description: 'Against the target date as of today; due soon = within 14 calendar days',
});

export enum ActionStepKind {
  authorise = 'authorise',
  assign = 'assign',
  progress = 'progress',
  complete = 'complete',
  verify = 'verify',
  cancel = 'cancel',
  editSummary = 'editSummary',
}
registerEnumType(ActionStepKind, {
  name: 'ActionStep',
  description: 'A lifecycle step of an improvement action',
});

@ObjectType()
export class ImprovementActionPage {
  @Field(() => [ImprovementAction]) items!: ImprovementAction[];
  @Field(() => Int) totalCount!: number;
}
