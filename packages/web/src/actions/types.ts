import type {
  ActionDeadlineStatus,
  ActionListFieldsFragment,
  ActionQuery,
  ActionStatus,
  ActionStep,
} from '../generated/graphql';

// The dashboard's names for the generated result types (npm run codegen refreshes them).
export type { ActionDeadlineStatus, ActionStatus, ActionStep };

/** One row of the action list (the ActionListFields fragment). */
export type ActionListItem = ActionListFieldsFragment;

/** One improvement action as the action page loads it (the Action query). */
export type ActionDetail = ActionQuery['improvementAction'];
