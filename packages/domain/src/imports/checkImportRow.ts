import { assertCanAppend } from '../assertCanAppend';
import { checkNewComplaintChannel } from '../channels';
import { checkClosure } from '../checkClosure';
import { checkFirstContact } from '../checkFirstContact';
import { complaintTimeline } from '../complaintTimeline';
import { isChpRuleError } from '../errors';
import { escalationDeadline } from '../escalationDeadline';
import { isEscalationInTime } from '../isEscalationInTime';
import { localDate } from '../localDate';
import { ruleMessage } from '../ruleMessages';
import { stageOneLastDay } from '../stageOneLastDay';
import type { ComplaintEvent, Instant, IsoDate, Outcome, Stage, TimelineSettings } from '../types';
import { REQUIRED_IMPORT_FIELDS, type ImportField } from './importColumns';
import {
  instantOf,
  readChannel,
  readList,
  readOutcome,
  readSpsoDecision,
  readWhen,
  type ImportChannel,
  type SpsoDecision,
} from './importValues';

/** What a row is checked against: the organisation's settings and names, and today (no clock). */
export interface ImportContext {
  today: IsoDate;
  settings: TimelineSettings;
  earliestRecordDate: IsoDate;
  timeLimitMonths?: number;
  sector: string | null;
  /** Known names, lower-cased: service areas (active), root causes, people (names and e-mails). */
  serviceAreas: ReadonlySet<string>;
  rootCauses: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** Unknown service areas and root causes are created (the import's confirmation flag). */
  createUnknown: boolean;
}

export interface ImportProblem {
  field: ImportField;
  code: string;
  message: string;
}

/** One stored step of an imported journey: the domain's event, or a step it does not fold. */
export type ImportStep =
  | { kind: 'received'; event: ComplaintEvent & { type: 'received' } }
  | { kind: 'extended'; event: ComplaintEvent & { type: 'extended' }; reason: string }
  | {
      kind: 'escalated';
      event: ComplaintEvent & { type: 'escalated' };
      transfer: boolean;
      inTime: boolean;
      deadline: IsoDate | null;
      exceptionalCircumstances: string | null;
      awareOn: IsoDate | null;
    }
  | { kind: 'acknowledged'; event: ComplaintEvent & { type: 'acknowledged' } }
  | { kind: 'points'; at: Instant; points: string[] }
  | {
      kind: 'closed';
      event: ComplaintEvent & { type: 'closed' };
      resolution: { agreedAction: string; customerAgreedOn: IsoDate } | null;
      lateReason: string | null;
    }
  | { kind: 'spso'; at: Instant; decision: SpsoDecision; decidedOn: IsoDate };

export interface ImportedComplaint {
  sourceReference: string;
  receivedAt: Instant;
  stage: Stage;
  channel: ImportChannel;
  serviceArea: string;
  category: string;
  summary: string;
  outcomeSought: string;
  customer: { name: string | null; email: string | null; phone: string | null } | null;
  awareOn: IsoDate | null;
  handler: string | null;
  rootCauses: string[];
  points: string[];
  spso: { decision: SpsoDecision; decidedOn: IsoDate } | null;
  escalatedAt: Instant | null;
  escalationExceptionalCircumstances: string | null;
  /** The journey in the order it is stored. */
  steps: ImportStep[];
  /** The domain's events of the journey (for the projection and the indicators). */
  events: ComplaintEvent[];
}

/** The import's own problems (the domain's rule codes use their messages in ruleMessages.ts). */
export const IMPORT_PROBLEM_MESSAGES = {
  IMPORT_REQUIRED: 'This column must have a value.',
  IMPORT_BAD_DATE: 'Enter a real date, such as 2025-03-14, 2025-03-14 10:30 or 14/03/2025.',
  IMPORT_BAD_STAGE: 'Enter 1 or 2.',
  IMPORT_BAD_CHANNEL: 'Enter phone, email, letter, in person, web form or other.',
  IMPORT_BAD_OUTCOME: 'Enter resolved, upheld, partially upheld or not upheld.',
  IMPORT_BAD_SPSO_DECISION:
    'Enter not taken forward, resolved, upheld, partially upheld or not upheld.',
  IMPORT_IN_FUTURE: 'This date is in the future.',
  IMPORT_BEFORE_EARLIEST_RECORD:
    "Received before the organisation's earliest record date: change that setting first.",
  IMPORT_AWARE_AFTER_RECEIPT: 'The customer cannot have known of the problem after complaining.',
  IMPORT_UNKNOWN_SERVICE_AREA:
    'No service area has this name: add it, correct the name, or confirm the import to create it.',
  IMPORT_UNKNOWN_ROOT_CAUSE:
    'No root cause has this name: add it, correct the name, or confirm the import to create it.',
  IMPORT_UNKNOWN_PERSON: 'Nobody in the organisation has this name or e-mail.',
  IMPORT_DUPLICATE_REFERENCE:
    'This source reference is already used by an earlier row of the file.',
  IMPORT_ALREADY_IMPORTED_DIFFERENT:
    'Imported before with different journey steps, points or root causes: change them on the complaint page (void the step and record it again).',
  IMPORT_NEEDS_DATE: 'An outcome, reason or due date needs the date of its step.',
  IMPORT_EXTENSION_INCOMPLETE: 'An extension needs its date, its reason and its new due date.',
  IMPORT_NOT_A_COMPLAINT_JOURNEY: 'The complaint cannot be taken on from this row (§11–12).',
  IMPORT_SPSO_NEEDS_STAGE_2: 'The SPSO decides on a complaint after its stage 2 response.',
  IMPORT_SPSO_BEFORE_CLOSURE: 'The SPSO decision cannot be before the stage 2 response.',
  IMPORT_STAGE2_STEP_WITHOUT_STAGE_2:
    'A stage 2 step needs the escalation date (or received stage 2).',
} as const;
export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_MESSAGES;

class RowRefused extends Error {}

/**
 * Checks one row with the rules the forms use (receipt, first contact, channel, extension,
 * closure, escalation, acknowledgement, SPSO decision) and builds its journey; or lists every
 * problem found, each with its column. A row whose journey the procedure forbids is never built.
 */
export function checkImportRow(
  row: Partial<Record<ImportField, string | null | undefined>>,
  ctx: ImportContext,
): { complaint: ImportedComplaint | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (field: ImportField, code: string, extra: Record<string, unknown> = {}) => {
    const message =
      (IMPORT_PROBLEM_MESSAGES as Record<string, string>)[code] ?? ruleMessage(code, extra) ?? code;
    problems.push({ field, code, message });
  };
  const text = (f: ImportField): string => (row[f] ?? '').toString().trim();
  const opt = (f: ImportField): string | null => text(f) || null;

  for (const f of REQUIRED_IMPORT_FIELDS) if (!text(f)) problem(f, 'IMPORT_REQUIRED');

  const when = (f: ImportField): { date: IsoDate; at: Instant } | null => {
    if (!text(f)) return null;
    const w = readWhen(text(f));
    if (!w) {
      problem(f, 'IMPORT_BAD_DATE');
      return null;
    }
    if (w.date > ctx.today) problem(f, 'IMPORT_IN_FUTURE');
    return { date: w.date, at: instantOf(w) };
  };
  const day = (f: ImportField): IsoDate | null => when(f)?.date ?? null;

  const received = when('received_at');
  const stageText = text('received_stage');
  const stage: Stage | null =
    stageText === '' || stageText === '1' ? 1 : stageText === '2' ? 2 : null;
  if (stage === null) problem('received_stage', 'IMPORT_BAD_STAGE');
  const channel = text('channel') ? readChannel(text('channel')) : null;
  if (text('channel') && !channel) problem('channel', 'IMPORT_BAD_CHANNEL');
  const outcome = (f: ImportField): Outcome | null => {
    if (!text(f)) return null;
    const o = readOutcome(text(f));
    if (!o) problem(f, 'IMPORT_BAD_OUTCOME');
    return o;
  };
  const known = (f: ImportField, names: ReadonlySet<string>, code: string, creatable: boolean) => {
    const v = text(f);
    if (v && !names.has(v.toLowerCase()) && !(creatable && ctx.createUnknown)) problem(f, code);
  };
  known('service_area', ctx.serviceAreas, 'IMPORT_UNKNOWN_SERVICE_AREA', true);
  known('handler', ctx.people, 'IMPORT_UNKNOWN_PERSON', false);
  const rootCauses = readList(text('root_causes'));
  if (!ctx.createUnknown && rootCauses.some((r) => !ctx.rootCauses.has(r.toLowerCase())))
    problem('root_causes', 'IMPORT_UNKNOWN_ROOT_CAUSE');

  const awareOn = day('aware_on');
  const extensionAt = when('extension_at');
  const extensionDueOn = day('extension_due_on');
  const closed1 = when('stage1_closed_at');
  const outcome1 = outcome('stage1_outcome');
  const escalated = when('escalated_at');
  const acknowledged = when('stage2_acknowledged_at');
  const closed2 = when('stage2_closed_at');
  const outcome2 = outcome('stage2_outcome');
  const spsoOn = day('spso_decided_on');
  const spsoDecision = text('spso_decision') ? readSpsoDecision(text('spso_decision')) : null;
  if (text('spso_decision') && !spsoDecision) problem('spso_decision', 'IMPORT_BAD_SPSO_DECISION');
  const points = readList(text('points'));

  // a value that belongs to a step needs the step's date
  if (
    !closed1 &&
    !text('stage1_closed_at') &&
    (text('stage1_outcome') || text('stage1_resolution'))
  )
    problem('stage1_closed_at', 'IMPORT_NEEDS_DATE');
  if (
    !closed2 &&
    !text('stage2_closed_at') &&
    (text('stage2_outcome') || text('stage2_resolution'))
  )
    problem('stage2_closed_at', 'IMPORT_NEEDS_DATE');
  const extensionGiven = ['extension_at', 'extension_reason', 'extension_due_on'] as const;
  const extensionParts = extensionGiven.filter((f) => text(f));
  if (extensionParts.length > 0 && extensionParts.length < 3)
    problem(
      extensionGiven.find((f) => !text(f))!,
      'IMPORT_EXTENSION_INCOMPLETE',
    );
  if (
    (text('spso_decision') || text('spso_decided_on')) &&
    !(text('spso_decision') && text('spso_decided_on'))
  )
    problem(text('spso_decision') ? 'spso_decided_on' : 'spso_decision', 'IMPORT_REQUIRED');

  if (received && received.date < ctx.earliestRecordDate)
    problem('received_at', 'IMPORT_BEFORE_EARLIEST_RECORD');
  if (received && awareOn && awareOn > received.date)
    problem('aware_on', 'IMPORT_AWARE_AFTER_RECEIPT');
  if (channel) rule('channel', () => checkNewComplaintChannel(channel));
  if (received)
    rule('aware_on', () => {
      const first = checkFirstContact({
        contactType: 'complaint',
        receivedOn: received.date,
        awareOn,
        ...(ctx.timeLimitMonths ? { timeLimitMonths: ctx.timeLimitMonths } : {}),
      });
      if (first.otherOutcome) throw new RowRefusedWith('IMPORT_NOT_A_COMPLAINT_JOURNEY');
    });

  // the journey is checked only once every value in it could be read
  if (problems.length > 0 || !received || stage === null || !channel)
    return { complaint: null, problems };

  const steps: ImportStep[] = [];
  let events: ComplaintEvent[] = [];
  try {
    const add = (
      field: ImportField,
      event: ComplaintEvent,
      fields: Record<string, ImportField> = {},
    ) => {
      stepRule(field, fields, () => assertCanAppend(events, event, ctx.settings));
      events = [...events, event];
    };
    const receivedEvent = {
      type: 'received' as const,
      at: received.at,
      stage,
      ...(awareOn ? { awareOn } : {}),
    };
    add('received_at', receivedEvent);
    steps.push({ kind: 'received', event: receivedEvent });

    // the extension belongs to the stage open on its date
    const extensionStage: Stage =
      stage === 2 || (escalated !== null && extensionAt !== null && extensionAt.at >= escalated.at)
        ? 2
        : 1;
    const extend = () => {
      if (!extensionAt || !extensionDueOn) return;
      const event = {
        type: 'extended' as const,
        at: extensionAt.at,
        stage: extensionStage,
        dueOn: extensionDueOn,
      };
      add('extension_at', event, {
        STAGE1_EXTENSION_PAST_DAY_10: 'extension_due_on',
        STAGE1_EXTENSION_NOT_LATER: 'extension_due_on',
        STAGE2_EXTENSION_NOT_LATER: 'extension_due_on',
        EXTENSION_NOT_WORKING_DAY: 'extension_due_on',
        INVALID_DATE: 'extension_due_on',
      });
      steps.push({ kind: 'extended', event, reason: text('extension_reason') });
    };
    const close = (s: Stage, at: { date: IsoDate; at: Instant } | null, o: Outcome | null) => {
      if (!at) return;
      const f = (one: ImportField, two: ImportField) => (s === 1 ? one : two);
      const resolutionText = opt(f('stage1_resolution', 'stage2_resolution'));
      const resolution = resolutionText
        ? { agreedAction: resolutionText, customerAgreedOn: at.date }
        : null;
      const timeline = complaintTimeline(events, ctx.settings).stage1;
      const lastDay = s === 1 && timeline ? stageOneLastDay(timeline, ctx.settings) : null;
      const lateReason = s === 1 ? opt('stage1_late_reason') : null;
      stepRule(
        f('stage1_outcome', 'stage2_outcome'),
        {
          RESOLVED_NEEDS_AGREEMENT: f('stage1_resolution', 'stage2_resolution'),
          STAGE1_LATE_NEEDS_REASON: 'stage1_late_reason',
        },
        () =>
          checkClosure({
            stage: s,
            outcome: o,
            resolution,
            // docs/procedure.md, Importing complaints: the source system's stage 2 response is
            // taken as signed off by an empowered manager and as signposting the SPSO (§65, §73)
            ...(s === 2
              ? { signOff: { byId: 'imported', empowered: true }, spsoSignposted: true }
              : {}),
            sector: ctx.sector,
            closedOn: at.date,
            stageOneLastDay: lastDay,
            lateReason,
          }),
      );
      const event = { type: 'closed' as const, at: at.at, stage: s, outcome: o! };
      add(f('stage1_closed_at', 'stage2_closed_at'), event);
      const keptLate = lastDay !== null && at.date > lastDay ? lateReason : null;
      steps.push({ kind: 'closed', event, resolution, lateReason: keptLate });
    };

    if (extensionStage === 1) extend();
    if (stage === 1) close(1, closed1, outcome1);
    else if (closed1) problem('stage1_closed_at', 'STAGE_NOT_CURRENT');
    if (escalated) {
      const stage1 = complaintTimeline(events, ctx.settings).stage1;
      const transfer = stage1 !== null && stage1.closedOn === null;
      const limits = {
        awareOn,
        receivedOn: received.date,
        stageOneClosedOn: stage1?.closedOn ?? null,
      };
      const inTime = transfer || isEscalationInTime(limits, escalated.date);
      const circumstances = opt('escalation_exceptional_circumstances');
      if (!inTime && !circumstances) {
        problem('escalated_at', 'ESCALATION_OUT_OF_TIME');
        throw new RowRefused();
      }
      const event = { type: 'escalated' as const, at: escalated.at };
      add('escalated_at', event);
      steps.push({
        kind: 'escalated',
        event,
        transfer,
        inTime,
        deadline: transfer ? null : escalationDeadline(limits),
        exceptionalCircumstances: circumstances,
        awareOn,
      });
    }
    const atStageTwo = stage === 2 || escalated !== null;
    if (!atStageTwo) {
      for (const f of ['stage2_acknowledged_at', 'points', 'stage2_closed_at'] as const)
        if (text(f)) problem(f, 'IMPORT_STAGE2_STEP_WITHOUT_STAGE_2');
      if (extensionAt && extensionStage === 2)
        problem('extension_at', 'IMPORT_STAGE2_STEP_WITHOUT_STAGE_2');
    }
    if (problems.length > 0) throw new RowRefused();
    if (atStageTwo) {
      const stage2Start = escalated?.at ?? received.at;
      const ack = acknowledged ? { type: 'acknowledged' as const, at: acknowledged.at } : null;
      const extensionFirst =
        extensionStage === 2 && extensionAt && (!ack || extensionAt.at < ack.at);
      if (extensionFirst) extend();
      if (ack) {
        add('stage2_acknowledged_at', ack);
        steps.push({ kind: 'acknowledged', event: ack });
      }
      if (points.length > 0) steps.push({ kind: 'points', at: ack?.at ?? stage2Start, points });
      if (extensionStage === 2 && !extensionFirst) extend();
      close(2, closed2, outcome2);
    }
    if (spsoDecision && spsoOn) {
      const stage2 = complaintTimeline(events, ctx.settings).stage2;
      if (!stage2?.closedOn) problem('spso_decision', 'IMPORT_SPSO_NEEDS_STAGE_2');
      else if (spsoOn < stage2.closedOn) problem('spso_decided_on', 'IMPORT_SPSO_BEFORE_CLOSURE');
      else
        steps.push({
          kind: 'spso',
          at: instantOf({ date: spsoOn, time: null }),
          decision: spsoDecision,
          decidedOn: spsoOn,
        });
    }
  } catch (e) {
    if (!(e instanceof RowRefused)) throw e;
  }
  if (problems.length > 0) return { complaint: null, problems };
  const customerName = opt('customer_name');
  const customerEmail = opt('customer_email');
  const customerPhone = opt('customer_phone');
  return {
    problems,
    complaint: {
      sourceReference: text('source_reference'),
      receivedAt: received.at,
      stage,
      channel,
      serviceArea: text('service_area'),
      category: text('category'),
      summary: text('summary'),
      outcomeSought: text('outcome_sought'),
      customer:
        customerName || customerEmail || customerPhone
          ? { name: customerName, email: customerEmail, phone: customerPhone }
          : null,
      awareOn,
      handler: opt('handler'),
      rootCauses,
      points,
      spso: spsoDecision && spsoOn ? { decision: spsoDecision, decidedOn: spsoOn } : null,
      escalatedAt: escalated?.at ?? null,
      escalationExceptionalCircumstances: escalated
        ? opt('escalation_exceptional_circumstances')
        : null,
      steps,
      events,
    },
  };

  /** Runs a domain rule; a broken rule becomes a problem on `field`. */
  function rule(field: ImportField, check: () => void): void {
    try {
      check();
    } catch (e) {
      if (e instanceof RowRefusedWith) problem(field, e.code);
      else if (isChpRuleError(e)) problem(field, e.code, e.details ?? {});
      else throw e;
    }
  }
  /** A rule of a journey step: on a problem the rest of the journey is not checked. */
  function stepRule(
    field: ImportField,
    fields: Record<string, ImportField>,
    check: () => void,
  ): void {
    try {
      check();
    } catch (e) {
      if (!isChpRuleError(e)) throw e;
      problem(fields[e.code] ?? field, e.code, e.details ?? {});
      throw new RowRefused();
    }
  }
}

class RowRefusedWith extends Error {
  constructor(readonly code: ImportProblemCode) {
    super(code);
  }
}

/** The local date of an imported instant (the domain's localDate). */
export const importedOn = (at: Instant): IsoDate => localDate(at);
