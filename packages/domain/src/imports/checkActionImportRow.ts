import { isChpRuleError } from '../errors';
import { applyActionStep } from '../improvementActions/applyActionStep';
import { proposeAction } from '../improvementActions/proposeAction';
import type {
  ActionEffectiveness,
  ActionRecord,
  ActionStatus,
  ActionStep,
} from '../improvementActions/types';
import { ruleMessage } from '../ruleMessages';
import type { IsoDate } from '../types';
import { REQUIRED_ACTION_IMPORT_FIELDS, type ActionImportField } from './actionImportColumns';
import { IMPORT_PROBLEM_MESSAGES } from './checkImportRow';
import { readList, readWhen } from './importValues';

/** What an action row is checked against: the organisation's names and today (no clock). */
export interface ActionImportContext {
  today: IsoDate;
  /** Known names, lower-cased: service areas (active), root causes, people (names and e-mails). */
  serviceAreas: ReadonlySet<string>;
  rootCauses: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** Unknown service areas and root causes are created (the import's confirmation flag). */
  createUnknown: boolean;
}

export interface ActionImportProblem {
  field: ActionImportField;
  code: string;
  message: string;
}

export interface ImportedAction {
  sourceReference: string;
  title: string;
  description: string;
  serviceArea: string;
  rootCauses: string[];
  /** The owner as the file names them (name or e-mail); `record.ownerId` holds the same text. */
  owner: string;
  raisedOn: IsoDate;
  /** The action as the rules leave it after its steps (authorisedById null: see the procedure). */
  record: ActionRecord;
  progressNote: string | null;
  publicSummary: string | null;
}

// the problems a complaint file can have too, in the same words
const {
  IMPORT_REQUIRED,
  IMPORT_BAD_DATE,
  IMPORT_IN_FUTURE,
  IMPORT_UNKNOWN_SERVICE_AREA,
  IMPORT_UNKNOWN_ROOT_CAUSE,
  IMPORT_UNKNOWN_PERSON,
  IMPORT_DUPLICATE_REFERENCE,
} = IMPORT_PROBLEM_MESSAGES;

/** The action import's own problems (the domain's rule codes use their messages in ruleMessages.ts). */
export const ACTION_IMPORT_PROBLEM_MESSAGES = {
  IMPORT_REQUIRED,
  IMPORT_TOO_LONG: 'This value is too long.',
  IMPORT_BAD_DATE,
  IMPORT_IN_FUTURE,
  IMPORT_BAD_ACTION_STATUS: 'Enter proposed, authorised, in progress, done, verified or cancelled.',
  IMPORT_BAD_EFFECTIVENESS: 'Enter effective, partly effective or not effective.',
  IMPORT_UNKNOWN_SERVICE_AREA,
  IMPORT_UNKNOWN_ROOT_CAUSE,
  IMPORT_UNKNOWN_PERSON,
  IMPORT_DUPLICATE_REFERENCE,
  IMPORT_ACTION_TARGET_BEFORE_RAISED: "The target date can't be before the action was raised.",
  IMPORT_ACTION_AUTHORISED_BEFORE_RAISED:
    "The action can't have been authorised before it was raised.",
  IMPORT_ACTION_COMPLETED_BEFORE_RAISED:
    "The completion date can't be before the action was raised.",
  IMPORT_ACTION_VERIFIED_BEFORE_COMPLETED:
    "The effect can't have been verified before the action was completed.",
  IMPORT_ACTION_NOT_IN_STATUS:
    "This column belongs to a later step than the row's status: clear it or correct the status.",
  IMPORT_ACTION_CHANGED_SINCE_IMPORT:
    'Imported before and changed on the dashboard since: correct it on the action page.',
} as const;
export type ActionImportProblemCode = keyof typeof ACTION_IMPORT_PROBLEM_MESSAGES;

const STATUS_WORDS: Record<string, ActionStatus> = {
  proposed: 'proposed',
  authorised: 'authorised',
  authorized: 'authorised',
  in_progress: 'in_progress',
  done: 'done',
  completed: 'done',
  verified: 'verified',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};
const EFFECTIVENESS_WORDS: readonly ActionEffectiveness[] = [
  'effective',
  'partly_effective',
  'not_effective',
];
const word = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** How far along the lifecycle each status is (cancelled may follow any open status). */
const REACHED: Record<ActionStatus, number> = {
  proposed: 0,
  authorised: 1,
  in_progress: 2,
  done: 3,
  verified: 4,
  cancelled: 0,
};
/** The columns of each later step, and the status that first has them. */
const STEP_COLUMNS: readonly [ActionImportField, number][] = [
  ['completed_on', 3],
  ['completion_evidence', 3],
  ['monitoring_until', 3],
  ['effectiveness', 4],
  ['effectiveness_note', 4],
  ['verified_on', 4],
];

/** The field a domain rule's `details.field` names, per step. */
const FIELD_OF: Record<string, ActionImportField> = {
  targetDate: 'target_date',
  ownerId: 'owner',
  note: 'progress_note',
  evidence: 'completion_evidence',
  completedOn: 'completed_on',
  monitoringUntil: 'monitoring_until',
  effectiveness: 'effectiveness',
  reason: 'cancelled_reason',
};

/**
 * Checks one improvement-action row with the rules the action forms use (docs/procedure.md,
 * Importing improvement actions): the action is proposed on the day it was raised
 * (proposeAction: an owner, a target date not before that day), then taken through the steps its
 * status implies (applyActionStep: authorised by a manager, progress with a note, completed with
 * its date and evidence, verified with a finding, cancelled with a reason), each on its own date.
 * Returns the action as the rules leave it, or every problem found, each with its column.
 */
export function checkActionImportRow(
  row: Partial<Record<ActionImportField, string | null | undefined>>,
  ctx: ActionImportContext,
): { action: ImportedAction | null; problems: ActionImportProblem[] } {
  const problems: ActionImportProblem[] = [];
  const problem = (field: ActionImportField, code: string, extra: Record<string, unknown> = {}) => {
    const message =
      (ACTION_IMPORT_PROBLEM_MESSAGES as Record<string, string>)[code] ??
      ruleMessage(code, extra) ??
      code;
    problems.push({ field, code, message });
  };
  const text = (f: ActionImportField): string => (row[f] ?? '').toString().trim();
  const opt = (f: ActionImportField): string | null => text(f) || null;

  for (const f of REQUIRED_ACTION_IMPORT_FIELDS) if (!text(f)) problem(f, 'IMPORT_REQUIRED');
  if (text('title').length > 200) problem('title', 'IMPORT_TOO_LONG');
  if (text('description').length > 5000) problem('description', 'IMPORT_TOO_LONG');

  const date = (f: ActionImportField, pastOnly: boolean): IsoDate | null => {
    if (!text(f)) return null;
    const w = readWhen(text(f));
    if (!w) {
      problem(f, 'IMPORT_BAD_DATE');
      return null;
    }
    if (pastOnly && w.date > ctx.today) problem(f, 'IMPORT_IN_FUTURE');
    return w.date;
  };
  const raisedOn = date('raised_on', true);
  const targetDate = date('target_date', false);
  const authorisedOn = date('authorised_on', true);
  const completedOn = date('completed_on', false); // a future one: the completion rule's own code
  const monitoringUntil = date('monitoring_until', false);
  const verifiedOn = date('verified_on', true);

  const status = text('status') ? (STATUS_WORDS[word(text('status'))] ?? null) : null;
  if (text('status') && !status) problem('status', 'IMPORT_BAD_ACTION_STATUS');
  const effectiveness = text('effectiveness')
    ? (EFFECTIVENESS_WORDS.find((e) => e === word(text('effectiveness'))) ?? null)
    : null;
  if (text('effectiveness') && !effectiveness) problem('effectiveness', 'IMPORT_BAD_EFFECTIVENESS');

  const serviceArea = text('service_area');
  if (serviceArea && !ctx.serviceAreas.has(serviceArea.toLowerCase()) && !ctx.createUnknown)
    problem('service_area', 'IMPORT_UNKNOWN_SERVICE_AREA');
  const rootCauses = readList(text('root_causes'));
  if (!ctx.createUnknown && rootCauses.some((r) => !ctx.rootCauses.has(r.toLowerCase())))
    problem('root_causes', 'IMPORT_UNKNOWN_ROOT_CAUSE');
  const owner = text('owner');
  if (owner && !ctx.people.has(owner.toLowerCase())) problem('owner', 'IMPORT_UNKNOWN_PERSON');

  if (status) {
    for (const [f, from] of STEP_COLUMNS)
      if (text(f) && REACHED[status] < from) problem(f, 'IMPORT_ACTION_NOT_IN_STATUS');
  }

  // the lifecycle is checked only once every value in it could be read
  if (problems.length > 0 || !status || !raisedOn || !targetDate) return { action: null, problems };

  const manager = { personId: 'importer', isManager: true };
  let record: ActionRecord;
  try {
    record = proposeAction({ ownerId: owner, targetDate }, raisedOn);
  } catch (e) {
    if (isChpRuleError(e, 'TARGET_DATE_IN_PAST')) {
      problem('target_date', 'IMPORT_ACTION_TARGET_BEFORE_RAISED');
      return { action: null, problems };
    }
    throw e;
  }
  /** One step on its day; false (with the problem) when the rules refuse it. */
  const step = (s: ActionStep, on: IsoDate, field: ActionImportField): boolean => {
    try {
      record = applyActionStep(record, s, manager, on);
      return true;
    } catch (e) {
      if (!isChpRuleError(e)) throw e;
      const named = e.details?.['field'];
      problem((typeof named === 'string' && FIELD_OF[named]) || field, e.code, e.details ?? {});
      return false;
    }
  };

  const authorised = authorisedOn ?? raisedOn;
  const wasAuthorised =
    REACHED[status] >= 1 || (status === 'cancelled' && text('authorised_on') !== '');
  if (text('authorised_on') && !wasAuthorised)
    problem('authorised_on', 'IMPORT_ACTION_NOT_IN_STATUS');
  else if (authorised < raisedOn)
    problem('authorised_on', 'IMPORT_ACTION_AUTHORISED_BEFORE_RAISED');
  else if (wasAuthorised && step({ type: 'authorise' }, authorised, 'authorised_on')) {
    record = { ...record, authorisedById: null };
  }
  if (problems.length > 0) return { action: null, problems };

  const note = text('progress_note');
  if (note && record.status === 'proposed') {
    problem('progress_note', 'IMPORT_ACTION_NOT_IN_STATUS');
    return { action: null, problems };
  }
  if (status === 'in_progress' || (note && record.status === 'authorised'))
    if (!step({ type: 'progress', note }, authorised, 'progress_note'))
      return { action: null, problems };

  if (REACHED[status] >= 3) {
    if (!completedOn) problem('completed_on', 'IMPORT_REQUIRED');
    else if (completedOn < raisedOn)
      problem('completed_on', 'IMPORT_ACTION_COMPLETED_BEFORE_RAISED');
    if (problems.length > 0) return { action: null, problems };
    const done = step(
      {
        type: 'complete',
        evidence: text('completion_evidence'),
        completedOn,
        monitoringUntil,
        learningShared: opt('learning_shared'),
      },
      ctx.today,
      'completed_on',
    );
    if (!done) return { action: null, problems };
  } else if (text('learning_shared'))
    record = { ...record, learningShared: text('learning_shared') };

  if (status === 'verified') {
    if (!verifiedOn) problem('verified_on', 'IMPORT_REQUIRED');
    else if (verifiedOn < record.completedOn!)
      problem('verified_on', 'IMPORT_ACTION_VERIFIED_BEFORE_COMPLETED');
    if (!effectiveness) problem('effectiveness', 'IMPORT_REQUIRED');
    if (problems.length > 0) return { action: null, problems };
    if (
      !step(
        { type: 'verify', effectiveness: effectiveness!, note: text('effectiveness_note') },
        verifiedOn!,
        'effectiveness_note',
      )
    )
      return { action: null, problems };
  }

  if (status === 'cancelled') {
    // no date of its own: cancelled as of the last date the row gives
    const on = [raisedOn, authorisedOn]
      .filter((d): d is IsoDate => d !== null)
      .sort()
      .at(-1)!;
    if (!step({ type: 'cancel', reason: text('cancelled_reason') }, on, 'cancelled_reason'))
      return { action: null, problems };
  } else if (text('cancelled_reason')) {
    problem('cancelled_reason', 'IMPORT_ACTION_NOT_IN_STATUS');
    return { action: null, problems };
  }

  return {
    action: {
      sourceReference: text('source_reference'),
      title: text('title'),
      description: text('description'),
      serviceArea,
      rootCauses,
      owner,
      raisedOn,
      record,
      progressNote: note || null,
      publicSummary: opt('public_summary'),
    },
    problems,
  };
}
