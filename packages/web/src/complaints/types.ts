import type {
  ComplaintQuery,
  DeadlineStatus,
  Outcome,
  RegisterQuery,
  StageFieldsFragment,
} from '../generated/graphql';

// The dashboard's names for the generated result types (npm run codegen refreshes them).
export type { DeadlineStatus, Outcome };

/** One stage's dates and status (the StageFields fragment). */
export type StageTimeline = StageFieldsFragment;

/** One row of the register (the Register query). */
export type RegisterItem = RegisterQuery['complaints']['items'][number];

/** One complaint as its page loads it (the Complaint query). */
export type ComplaintDetail = ComplaintQuery['complaint'];

/** A complaint's deadlines, both stages and the dates after them (the Complaint query). */
export type Timeline = ComplaintDetail['timeline'];

/** Why one of a complaint's dates is what it is (the domain's explanation, from the API). */
export type DateExplanation = Timeline['explanations'][number];

/** One step of a complaint's journey. */
export type JourneyEvent = ComplaintDetail['journey'][number];
