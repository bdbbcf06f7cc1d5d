import type { PublicationStatus, PublicationStep } from '@chp/domain';
import type {
  PublicationCandidatesQuery,
  PublicationFieldsFragment,
  PublicationKind,
  PublicationsQuery,
} from '../generated/graphql';

// The dashboard's names for the generated result types (npm run codegen refreshes them).
// `Publication.allowedSteps` is a list of strings in the schema: the workflow reads it with
// the domain's PublicationStep (labels.ts, workflowSteps).
export type { PublicationKind, PublicationStatus, PublicationStep };

/** One row of the publications list (the Publications query). */
export type PublicationListItem = PublicationsQuery['publications']['items'][number];

/** One publication as its page loads it (the PublicationFields fragment). */
export type PublicationDetail = PublicationFieldsFragment;

/** One "you said, we did" item. */
export type PublicationItem = PublicationDetail['items'][number];

/** A personal-data finding of the publication check. */
export type PersonalDataFinding = PublicationDetail['personalDataFindings'][number];

/** The figures frozen at approval for one period (every figure present: the API fills the ones an older snapshot lacks with 'not recorded'). */
export type PeriodFigures = NonNullable<PublicationDetail['frozenFigures']>['current'];

/** One published figure: its value and how it is shown (small numbers suppressed). */
export type PublicFigure = PeriodFigures['received'];

/** An improvement action completed in the quarter: a suggestion for an item (the PublicationCandidates query). */
export type Candidate = PublicationCandidatesQuery['publicationCandidates']['items'][number];
