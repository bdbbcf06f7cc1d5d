import {
  addWorkingDays,
  checkClosure,
  dayOne,
  escalationDeadline,
  isEscalationInTime,
  isWorkingDay,
  localDate,
  nextUpdateDue,
  stageOutcomeFromFindings,
  type ComplaintEvent as DomainEvent,
  type Finding,
  type Outcome,
  type Stage,
  type TimelineSettings,
} from '@chp/domain';
import { fromDomainEvent, projection } from '../modules/complaints';
import { JourneyEventType } from '../modules/complaints';
import { Random } from './random';
import * as T from './texts';

/**
 * The demo-data generator: a deterministic stream of complaints (with their customers, journeys,
 * points of complaint and root causes) as plain rows, column names as in the database. The same
 * seed and size give byte-identical rows. The journeys are built step by step with @chp/domain
 * (day one, due dates, extensions, escalation limits) and stored exactly as the API stores them:
 * `fromDomainEvent` for the events the domain folds, the API's payload shapes for the others, and
 * the projection columns from `projection()`, which also throws if a journey were ever invalid.
 */

export const DEFAULT_TODAY = '2026-11-20';

export interface DemoServiceArea {
  id: string;
  name: string;
}
export interface DemoPerson {
  id: string;
  role: string;
  serviceAreaId?: string | null;
  name?: string;
}
export interface DemoRootCause {
  id: string;
  name: string;
  parentId: string | null;
}

export interface GenerateOptions {
  seed: number;
  count: number;
  organisationId: string;
  serviceAreas: DemoServiceArea[];
  people: DemoPerson[];
  rootCauses: DemoRootCause[];
  /** The organisation's timeline settings (cut-off time, closure days) as the API loads them. */
  settings: TimelineSettings;
  /** First and last date of receipt (local dates); default the four years up to `today`. */
  from?: string;
  to?: string;
  /** The day the data is "as of": nothing happens after it (default 2026-11-20). The clock is never read. */
  today?: string;
  /** The instant the data is as of (ISO 8601): nothing is received or happens after it. Default noon (London) on `today`. */
  now?: string;
  /** The last reference number already used per year of receipt, e.g. { '2026': 120 }. */
  referencesUsed?: Record<string, number>;
  /** Distinguishes further loads into the same organisation (their own random streams and ids). */
  stream?: number;
  /** Largest number of complaints per batch (default 5,000). */
  batchSize?: number;
}

export interface CustomerRow {
  organisation_id: string;
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  preferred_contact: string | null;
  created_at: string;
}

export interface ComplaintRow {
  organisation_id: string;
  id: string;
  reference: string;
  customer_id: string | null;
  received_at: string;
  aware_on: string | null;
  channel: string;
  service_area_id: string;
  category: string;
  summary: string;
  outcome_sought: string;
  serious: boolean;
  about_named_staff: boolean;
  handler_id: string;
  route: string;
  current_stage: number;
  status: string;
  stage1_day_one: string | null;
  stage1_due_on: string | null;
  stage1_extended_due_on: string | null;
  stage1_closed_on: string | null;
  stage1_outcome: string | null;
  stage1_working_days: number | null;
  stage1_within_timescale: boolean | null;
  escalated_at: string | null;
  escalation_exceptional_circumstances: string | null;
  stage2_day_one: string | null;
  stage2_due_on: string | null;
  stage2_extended_due_on: string | null;
  stage2_acknowledge_by: string | null;
  stage2_acknowledged_on: string | null;
  stage2_closed_on: string | null;
  stage2_outcome: string | null;
  stage2_working_days: number | null;
  stage2_within_timescale: boolean | null;
  spso_decision: string | null;
  spso_decided_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  organisation_id: string;
  complaint_id: string;
  sequence: number;
  type: string;
  at: string;
  stage: number | null;
  payload: Record<string, unknown>;
  recorded_by_id: string | null;
  recorded_at: string;
}

export interface PointRow {
  organisation_id: string;
  id: string;
  complaint_id: string;
  position: number;
  description: string;
  finding: string | null;
  finding_reason: string | null;
}

export interface ComplaintRootCauseRow {
  organisation_id: string;
  complaint_id: string;
  root_cause_id: string;
}
export interface StaffMemberRow {
  organisation_id: string;
  complaint_id: string;
  person_id: string;
}

/** A closed complaint an improvement action may be linked to (a small sample of them). */
export interface ActionCandidate {
  complaintId: string;
  serviceAreaId: string;
  rootCauseId: string;
  closedOn: string;
  outcome: string;
}

export interface ComplaintBatch {
  customers: CustomerRow[];
  complaints: ComplaintRow[];
  staffMembers: StaffMemberRow[];
  events: EventRow[];
  points: PointRow[];
  rootCauses: ComplaintRootCauseRow[];
  candidates: ActionCandidate[];
}

// --- calendar helpers (calendar arithmetic only: every working-day date comes from @chp/domain) ---

const DAY_MS = 86_400_000;
const dayNo = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDayNo = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, n: number): string => fromDayNo(dayNo(date) + n);
/** 0 = Monday ... 6 = Sunday. */
const weekday = (date: string): number => (((dayNo(date) + 3) % 7) + 7) % 7;

function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  const dow = new Date(last).getUTCDay();
  return last - dow * DAY_MS;
}

/**
 * The instant (ms) of `minutes` after local midnight on `date` in Europe/London (BST from the
 * last Sunday of March to the last Sunday of October, 01:00 UTC). Demo times avoid 00:00–03:00,
 * so the hour that repeats in October never matters.
 */
export function londonInstant(date: string, minutes: number): number {
  const year = Number(date.slice(0, 4));
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const bstStart = lastSundayUtc(year, 2) + 3_600_000;
  const bstEnd = lastSundayUtc(year, 9) + 3_600_000;
  const utcIfBst = naive - 3_600_000;
  return utcIfBst >= bstStart && utcIfBst < bstEnd ? utcIfBst : naive;
}

const iso = (ms: number): string => new Date(ms).toISOString();

// --- where complaints fall in time ------------------------------------------------------------

const MONTH_FACTOR = [1.15, 1.1, 1.0, 0.95, 0.95, 0.9, 0.85, 0.9, 1.0, 1.05, 1.1, 1.0];
const WEEKDAY_FACTOR = [1.3, 1.12, 1.05, 1.0, 0.88, 0.16, 0.1];

/** Relative volume of receipts on a date (weekday, season, holidays, growth). */
function dayWeight(date: string, from: string, settings: TimelineSettings): number {
  const month = Number(date.slice(5, 7)) - 1;
  const dom = Number(date.slice(8, 10));
  let w = WEEKDAY_FACTOR[weekday(date)]! * MONTH_FACTOR[month]!;
  if ((month === 11 && dom >= 22) || (month === 0 && dom <= 3)) w *= 0.45; // the festive fortnight is quiet
  if (weekday(date) < 5 && !isWorkingDay(date, settings)) w *= 0.2; // bank holiday or closure day: web forms and e-mail only
  w *= 1 + 0.06 * ((dayNo(date) - dayNo(from)) / 365); // a little growth each year
  return w;
}

/** Exactly `count` receipts spread over the dates by weight (cumulative rounding: no randomness). */
function allocate(
  from: string,
  to: string,
  count: number,
  settings: TimelineSettings,
): { date: string; n: number }[] {
  const dates: string[] = [];
  for (let d = dayNo(from); d <= dayNo(to); d++) dates.push(fromDayNo(d));
  const weights = dates.map((d) => dayWeight(d, from, settings));
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return dates.map((date, i) => {
    cumulative += weights[i]!;
    const upTo = Math.round((cumulative / total) * count);
    const n = upTo - given;
    given = upTo;
    return { date, n };
  });
}

// --- people ------------------------------------------------------------------------------------

const HANDLER_ROLES = new Set(['admin', 'senior_manager', 'manager', 'handler']);
const MANAGER_ROLES = new Set(['admin', 'senior_manager', 'manager']);
const SIGN_OFF_ROLES = new Set(['senior_manager', 'manager']);

interface Staff {
  handlers: DemoPerson[];
  handlersByArea: Map<string, DemoPerson[]>;
  managers: DemoPerson[];
  signOff: DemoPerson[];
  named: DemoPerson[];
}

function staffOf(people: DemoPerson[]): Staff {
  const handlers = people.filter((p) => HANDLER_ROLES.has(p.role));
  const managers = people.filter((p) => MANAGER_ROLES.has(p.role));
  const signOff = people.filter((p) => SIGN_OFF_ROLES.has(p.role));
  if (handlers.length === 0 || signOff.length === 0)
    throw new Error('demo data needs at least one handler and one manager or senior manager');
  const handlersByArea = new Map<string, DemoPerson[]>();
  for (const h of handlers.filter((p) => p.role === 'handler' && p.serviceAreaId)) {
    handlersByArea.set(h.serviceAreaId!, [...(handlersByArea.get(h.serviceAreaId!) ?? []), h]);
  }
  return {
    handlers,
    handlersByArea,
    managers,
    signOff,
    named: people.filter((p) => p.role === 'staff' || p.role === 'handler'),
  };
}

// --- the generator -----------------------------------------------------------------------------

const CHANNELS_WEEKDAY: readonly (readonly [string, number])[] = [
  ['phone', 38],
  ['email', 24],
  ['web_form', 20],
  ['in_person', 8],
  ['letter', 5],
  ['social_media', 4],
  ['other', 1],
];
const CHANNELS_CLOSED_DAY: readonly (readonly [string, number])[] = [
  ['web_form', 45],
  ['email', 40],
  ['social_media', 12],
  ['other', 3],
];
const PREFERRED: readonly (readonly [string, number])[] = [
  ['email', 40],
  ['phone', 40],
  ['letter', 15],
  ['in_person', 5],
];

const STAGE1_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['resolved', 28],
  ['upheld', 22],
  ['partially_upheld', 18],
  ['not_upheld', 32],
];
const STAGE2_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['resolved', 8],
  ['upheld', 22],
  ['partially_upheld', 32],
  ['not_upheld', 38],
];
/** Share of stage 1 closures the customer asks to escalate, by outcome (about 12% overall). */
const ESCALATE_AFTER: Record<Outcome, number> = {
  resolved: 0.03,
  upheld: 0.08,
  partially_upheld: 0.16,
  not_upheld: 0.2,
};

interface Step {
  ms: number;
  type: JourneyEventType;
  stage: Stage | null;
  payload: Record<string, unknown>;
  by: string;
  domain?: DomainEvent;
}

/** A journey under construction: events in time order, nothing after `nowMs`. */
class Journey {
  readonly steps: Step[] = [];
  readonly domain: DomainEvent[] = [];
  private cursor = -Infinity;
  stopped = false;

  constructor(
    private readonly nowMs: number,
    private readonly rng: Random,
  ) {}

  /** Adds a step at `ms` (moved just after the previous step if earlier); false once past "now". */
  add(
    ms: number,
    type: JourneyEventType,
    stage: Stage | null,
    payload: Record<string, unknown>,
    by: string,
    domain?: (at: string) => DomainEvent,
  ): boolean {
    if (this.stopped) return false;
    const at = Math.max(ms, this.cursor + this.rng.int(1, 20) * 60_000);
    if (at > this.nowMs) {
      this.stopped = true;
      return false;
    }
    this.cursor = at;
    const step: Step = { ms: at, type, stage, payload, by };
    if (domain) {
      step.domain = domain(iso(at));
      this.domain.push(step.domain);
    }
    this.steps.push(step);
    return true;
  }

  get lastMs(): number {
    return this.cursor;
  }
}

/** A local working-hours time on `date` (minutes after midnight). */
function officeMinutes(rng: Random): number {
  return rng.int(8 * 60 + 45, 17 * 60 + 15);
}

function postcode(rng: Random, districts: readonly string[]): string {
  return `${rng.pick(districts)} ${rng.int(1, 9)}${rng.pick([...T.POSTCODE_LETTERS])}${rng.pick([...T.POSTCODE_LETTERS])}`;
}

function customer(rng: Random, organisationId: string, id: string, createdAt: string): CustomerRow {
  const first = rng.pick(T.FIRST_NAMES);
  const last = rng.pick(T.SURNAMES);
  const [town, districts] = rng.pick(T.TOWNS);
  const flat = rng.chance(0.45) ? `Flat ${rng.int(0, 3)}/${rng.int(1, 2)}, ` : '';
  const withheld = rng.next();
  const email =
    withheld < 0.75
      ? `${first}.${last}${rng.int(1, 999)}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, '')
      : null;
  const phone =
    withheld < 0.9
      ? rng.chance(0.6)
        ? `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`
        : `0141 496 0${String(rng.int(0, 999)).padStart(3, '0')}`
      : null;
  const address =
    withheld > 0.05 ? `${flat}${rng.int(1, 180)} ${rng.pick(T.STREETS)}, ${town}` : null;
  const preferred = rng.weighted(PREFERRED);
  return {
    organisation_id: organisationId,
    id,
    name: `${first} ${last}`,
    email,
    phone,
    address,
    postcode: address ? postcode(rng, districts) : null,
    preferred_contact:
      preferred === 'email' && !email
        ? 'phone'
        : preferred === 'phone' && !phone
          ? 'letter'
          : preferred,
    created_at: createdAt,
  };
}

interface AreaInfo {
  area: DemoServiceArea;
  profile: T.AreaProfile;
  causes: (readonly [DemoRootCause, number])[];
}

/**
 * Yields the complaints in batches (by month of receipt, split at `batchSize`), in order of
 * receipt, with references CMP-<year>-<n> continuing from `referencesUsed`.
 */
export function* generateComplaints(options: GenerateOptions): Generator<ComplaintBatch> {
  const today = options.today ?? DEFAULT_TODAY;
  const from = options.from ?? addDays(today, -4 * 365 + 1);
  const to = options.to ?? today;
  if (to > today) throw new Error('demo complaints cannot be received after today');
  const { organisationId, settings } = options;
  const batchSize = options.batchSize ?? 5000;
  const stream = options.stream ?? 0;
  const staff = staffOf(options.people);
  const nowMs = options.now ? Date.parse(options.now) : londonInstant(today, 12 * 60); // default: noon on `today`
  if (options.now && localDate(options.now) !== today)
    throw new Error('demo data: now must fall on today');
  const references: Record<string, number> = { ...(options.referencesUsed ?? {}) };
  if (options.serviceAreas.length === 0)
    throw new Error('demo data needs at least one service area');

  // service areas: known profiles by name; the quietest one has had no complaints for nine months
  const leaves = options.rootCauses.filter(
    (c) => !options.rootCauses.some((o) => o.parentId === c.id),
  );
  const areas: AreaInfo[] = options.serviceAreas.map((area) => {
    const profile = T.AREA_PROFILES[area.name] ?? T.DEFAULT_PROFILE;
    const named = new Map(profile.causes);
    return { area, profile, causes: leaves.map((c) => [c, named.get(c.name) ?? 1] as const) };
  });
  const quiet =
    areas.length > 2
      ? (areas.find((a) => a.area.name === 'Allocations and lettings') ?? areas[areas.length - 1]!)
      : null;
  const quietFrom = addDays(today, -270);
  const candidateShare = Math.min(1, 6000 / Math.max(1, options.count));

  const allocation = allocate(from, to, options.count, settings);
  let batch = emptyBatch();
  let monthKey = '';
  for (const { date, n } of allocation) {
    if (n === 0) continue;
    const month = date.slice(0, 7);
    if (month !== monthKey && batch.complaints.length > 0) {
      yield batch;
      batch = emptyBatch();
    }
    monthKey = month;
    // one random stream per day: a day's complaints do not depend on how earlier days were batched
    const rng = new Random(options.seed, stream, dayNo(date));
    const working = isWorkingDay(date, settings);
    const isToday = date === today;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      let minutes: number;
      if (isToday) minutes = rng.int(7 * 60, 11 * 60 + 30);
      else if (!working) minutes = rng.int(8 * 60, 22 * 60);
      else {
        const r = rng.next();
        minutes =
          r < 0.82
            ? rng.int(8 * 60 + 30, 17 * 60)
            : r < 0.95
              ? rng.int(17 * 60 + 1, 22 * 60 + 30)
              : rng.int(7 * 60, 8 * 60 + 29);
      }
      let ms = londonInstant(date, minutes) + rng.int(0, 59) * 1000;
      if (isToday && ms > nowMs - 60_000) ms = nowMs - rng.int(1, 60) * 60_000; // not after "now"
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const areaWeights = areas.map((a) => {
      const m = Number(date.slice(5, 7));
      const winter = m >= 11 || m <= 2 ? a.profile.winter : 1;
      return [a, a === quiet && date >= quietFrom ? 0 : a.profile.weight * winter] as const;
    });
    for (const receivedMs of times) {
      const year = date.slice(0, 4);
      references[year] = (references[year] ?? 0) + 1;
      const reference = `CMP-${year}-${String(references[year]).padStart(5, '0')}`;
      oneComplaint(batch, {
        rng,
        organisationId,
        settings,
        staff,
        nowMs,
        today,
        receivedMs,
        receivedOn: date,
        working,
        reference,
        area: rng.weighted(areaWeights),
        candidateShare,
      });
      if (batch.complaints.length >= batchSize) {
        yield batch;
        batch = emptyBatch();
      }
    }
  }
  if (batch.complaints.length > 0) yield batch;
}

function emptyBatch(): ComplaintBatch {
  return {
    customers: [],
    complaints: [],
    staffMembers: [],
    events: [],
    points: [],
    rootCauses: [],
    candidates: [],
  };
}

interface ComplaintContext {
  rng: Random;
  organisationId: string;
  settings: TimelineSettings;
  staff: Staff;
  nowMs: number;
  today: string;
  receivedMs: number;
  receivedOn: string;
  working: boolean;
  reference: string;
  area: AreaInfo;
  candidateShare: number;
}

function oneComplaint(batch: ComplaintBatch, c: ComplaintContext): void {
  const { rng, organisationId, settings, staff } = c;
  const id = rng.uuid7(c.receivedMs);
  const receivedAt = iso(c.receivedMs);
  const category = rng.weighted(c.area.profile.categories);
  const channel = rng.weighted(c.working ? CHANNELS_WEEKDAY : CHANNELS_CLOSED_DAY);
  const serious = rng.chance(0.04);
  const direct = rng.chance(serious ? 0.5 : 0.105); // about 12% straight to stage 2 (§36)
  const awareOn = rng.chance(0.7)
    ? addDays(c.receivedOn, -rng.int(0, rng.chance(0.1) ? 240 : 45))
    : null;
  const areaHandlers = staff.handlersByArea.get(c.area.area.id);
  const handler =
    areaHandlers && rng.chance(0.85) ? rng.pick(areaHandlers) : rng.pick(staff.handlers);
  const manager = () => rng.pick(staff.managers.length > 0 ? staff.managers : staff.signOff);
  const bodies = T.SUMMARY_BODIES[category] ?? ['the service fell short of what they expected'];

  // customer (a few give no details at all)
  let customerId: string | null = null;
  if (rng.chance(0.97)) {
    customerId = rng.uuid7(c.receivedMs);
    batch.customers.push(customer(rng, organisationId, customerId, receivedAt));
  }
  let namedStaff: DemoPerson | null = null;
  if (rng.chance(0.05) && staff.named.length > 0) {
    namedStaff = rng.pick(staff.named);
    batch.staffMembers.push({
      organisation_id: organisationId,
      complaint_id: id,
      person_id: namedStaff.id,
    });
  }

  const j = new Journey(c.nowMs, rng);
  const receivedEvent = (at: string): DomainEvent => ({
    type: 'received',
    at,
    stage: direct ? 2 : 1,
    ...(awareOn ? { awareOn } : {}),
  });
  const received = fromDomainEvent(receivedEvent(receivedAt));
  j.add(
    c.receivedMs,
    JourneyEventType.received,
    received.stage,
    { ...received.payload, channel },
    handler.id,
    receivedEvent,
  );
  if (rng.chance(0.15)) {
    j.add(
      c.receivedMs + rng.int(30, 300) * 60_000,
      JourneyEventType.note,
      direct ? 2 : 1,
      { note: rng.pick(T.NOTES) },
      handler.id,
    );
  }

  let escalatedMs: number | null = null;
  let exceptional: string | null = null;
  let finalOutcome: Outcome | null = null;
  let finalClosedOn: string | null = null;
  let pointRows: PointRow[] = [];
  let stage2 = direct;

  const atLocal = (date: string, minutes = officeMinutes(rng)) =>
    londonInstant(date, minutes) + rng.int(0, 59) * 1000;
  const closeStep = (
    stage: Stage,
    outcome: Outcome,
    closedMs: number,
    extra: Record<string, unknown>,
    signedOffById: string | null,
  ): boolean => {
    const closedOn = localDate(iso(Math.max(closedMs, j.lastMs)));
    const resolution =
      outcome === 'resolved'
        ? { agreedAction: rng.pick(T.AGREED_ACTIONS), customerAgreedOn: closedOn }
        : null;
    const tribunalCase = stage === 2 && T.TRIBUNAL_CATEGORIES.has(category);
    const record = {
      stage,
      outcome,
      resolution,
      signOff: signedOffById ? { byId: signedOffById, empowered: true } : null,
      spsoSignposted: stage === 2,
      tribunalCase,
      tribunalSignposted: tribunalCase,
    };
    checkClosure(record); // a bug in the generator throws here rather than storing an impossible closure
    if (
      !j.add(closedMs, JourneyEventType.closed, stage, {}, handler.id, (at) => ({
        type: 'closed',
        at,
        stage,
        outcome,
      }))
    )
      return false;
    const step = j.steps[j.steps.length - 1]!;
    step.payload = {
      ...fromDomainEvent(step.domain!).payload,
      ...extra,
      ...(resolution ? { resolution } : {}),
      spsoSignposted: stage === 2,
      tribunalCase,
      tribunalSignposted: tribunalCase,
      ...(signedOffById ? { signedOffById } : {}),
    };
    return true;
  };

  // ---- stage 1 ----
  if (!direct) {
    const d1 = dayOne(receivedAt, settings);
    const dayN = (n: number) => addWorkingDays(d1, n - 1, settings);
    const r = rng.next();
    if (r < 0.03) {
      // transferred to stage 2 while open (§29: it will not be resolved at stage 1)
      const at = atLocal(dayN(rng.int(2, 5)));
      if (
        j.add(
          at,
          JourneyEventType.escalated,
          2,
          { transfer: true, inTime: true, deadline: null },
          handler.id,
          (x) => ({ type: 'escalated', at: x }),
        )
      ) {
        escalatedMs = j.lastMs;
        stage2 = true;
      }
    } else {
      let closeDay: number;
      if (r < 0.11) {
        // one extension agreed by a manager, to day 6–10 (§27)
        const to = rng.int(6, 10);
        const dueOn = dayN(to);
        j.add(
          atLocal(dayN(rng.int(3, 5))),
          JourneyEventType.extended,
          1,
          {},
          manager().id,
          (at) => ({ type: 'extended', at, stage: 1, dueOn }),
        );
        const last = j.steps[j.steps.length - 1]!;
        if (last.type === JourneyEventType.extended)
          last.payload = { dueOn, reason: rng.pick(T.EXTENSION_REASONS_1), agreedById: last.by };
        closeDay = rng.chance(0.85) ? rng.int(5, to) : rng.int(to + 1, to + 4);
      } else {
        closeDay = rng.weighted([
          [1, 14],
          [2, 17],
          [3, 17],
          [4, 15],
          [5, 17],
          [6, 4],
          [7, 4],
          [8, 3],
          [9, 2],
          [10, 2],
          [rng.int(11, 16), 5],
        ]);
      }
      let closedOn = dayN(closeDay);
      if (rng.chance(0.02)) {
        // closed on a non-working day (a Saturday, a holiday): counts the working days up to it
        for (let d = addDays(closedOn, 1), i = 0; i < 7; d = addDays(d, 1), i++) {
          if (!isWorkingDay(d, settings)) {
            closedOn = d;
            break;
          }
        }
      }
      const outcome = rng.weighted(STAGE1_OUTCOMES);
      if (closeStep(1, outcome, atLocal(closedOn), {}, null)) {
        finalOutcome = outcome;
        finalClosedOn = localDate(iso(j.lastMs));
        if (rng.chance(ESCALATE_AFTER[outcome])) {
          // the customer asks for stage 2: mostly within the time limit, a few later with exceptional circumstances
          const deadline = escalationDeadline({ awareOn, stageOneClosedOn: finalClosedOn });
          const requestedOn =
            rng.chance(0.06) && deadline
              ? addDays(deadline, rng.int(3, 45))
              : addDays(finalClosedOn, rng.int(1, 50));
          const inTime = isEscalationInTime(
            { awareOn, stageOneClosedOn: finalClosedOn },
            requestedOn,
          );
          if (!inTime) exceptional = rng.pick(T.EXCEPTIONAL_CIRCUMSTANCES);
          const payload = {
            transfer: false,
            inTime,
            deadline,
            ...(exceptional ? { exceptionalCircumstances: exceptional } : {}),
          };
          if (
            j.add(
              atLocal(requestedOn, rng.int(8 * 60, 20 * 60)),
              JourneyEventType.escalated,
              2,
              payload,
              handler.id,
              (x) => ({ type: 'escalated', at: x }),
            )
          ) {
            escalatedMs = j.lastMs;
            stage2 = true;
            // the request date is what the limit was checked against: keep them the same
            const step = j.steps[j.steps.length - 1]!;
            const actualOn = localDate(iso(step.ms));
            if (actualOn !== requestedOn) {
              const actualInTime = isEscalationInTime(
                { awareOn, stageOneClosedOn: finalClosedOn },
                actualOn,
              );
              exceptional = actualInTime
                ? null
                : (exceptional ?? rng.pick(T.EXCEPTIONAL_CIRCUMSTANCES));
              step.payload = {
                transfer: false,
                inTime: actualInTime,
                deadline,
                ...(exceptional ? { exceptionalCircumstances: exceptional } : {}),
              };
            }
          } else {
            exceptional = null;
          }
        }
      }
    }
  }

  // ---- stage 2 ----
  if (stage2 && !j.stopped) {
    const d2 = dayOne(escalatedMs !== null ? iso(escalatedMs) : receivedAt, settings);
    const dayN = (n: number) => addWorkingDays(d2, n - 1, settings);
    const outcome = rng.weighted(STAGE2_OUTCOMES);
    const ackRoll = rng.next();
    if (ackRoll < 0.97) {
      const ackDay = ackRoll < 0.88 ? rng.int(1, 3) : rng.int(4, 6);
      j.add(atLocal(dayN(ackDay)), JourneyEventType.acknowledged, 2, {}, handler.id, (at) => ({
        type: 'acknowledged',
        at,
      }));
    }
    if (rng.chance(0.75)) {
      const n = outcome === 'partially_upheld' ? rng.int(2, 4) : rng.int(1, 4);
      const points = rng.sample(T.POINTS, n);
      if (
        j.add(
          j.lastMs + rng.int(60, 240) * 60_000,
          JourneyEventType.points_agreed,
          2,
          { points },
          handler.id,
        )
      ) {
        pointRows = points.map((description, i) => ({
          organisation_id: organisationId,
          id: rng.uuid7(j.lastMs),
          complaint_id: id,
          position: i + 1,
          description,
          finding: null,
          finding_reason: null,
        }));
      }
    }
    let dueDay = 20;
    let closeDay: number;
    const extensions: { atDay: number; toDay: number }[] = [];
    if (rng.chance(0.22)) {
      const first = rng.int(28, 45);
      extensions.push({ atDay: rng.int(14, 19), toDay: first });
      if (rng.chance(0.25))
        extensions.push({ atDay: first - rng.int(1, 5), toDay: first + rng.int(10, 25) });
      dueDay = extensions[extensions.length - 1]!.toDay;
      closeDay = rng.chance(0.85) ? rng.int(21, dueDay) : rng.int(dueDay + 1, dueDay + 10);
    } else {
      closeDay = rng.chance(0.8) ? rng.int(8, 20) : rng.int(21, 32);
    }
    // contact updates every 20 working days while extended (§62), skipped now and then
    const updates: string[] = [];
    if (extensions.length > 0) {
      const closeOn = dayN(closeDay);
      for (
        let next = nextUpdateDue(dayN(20), settings);
        next < closeOn;
        next = nextUpdateDue(next, settings)
      ) {
        if (rng.chance(0.85)) updates.push(next);
      }
    }
    const planned: { ms: number; run: () => void }[] = [];
    for (const e of extensions) {
      const dueOn = dayN(e.toDay);
      const by = manager().id;
      planned.push({
        ms: atLocal(dayN(e.atDay)),
        run: () => {
          if (
            j.add(atLocal(dayN(e.atDay)), JourneyEventType.extended, 2, {}, by, (at) => ({
              type: 'extended',
              at,
              stage: 2,
              dueOn,
            }))
          ) {
            j.steps[j.steps.length - 1]!.payload = {
              dueOn,
              reason: rng.pick(T.EXTENSION_REASONS_2),
              agreedById: by,
            };
          }
        },
      });
    }
    for (const on of updates) {
      const ms = atLocal(on);
      planned.push({
        ms,
        run: () => {
          j.add(
            ms,
            JourneyEventType.contact_update,
            2,
            { note: rng.pick(T.CONTACT_UPDATES) },
            handler.id,
          );
        },
      });
    }
    planned.sort((a, b) => a.ms - b.ms);
    for (const p of planned) p.run();

    const closedMs = atLocal(dayN(closeDay), rng.int(11 * 60, 17 * 60 + 30));
    const signer = rng.pick(staff.signOff);
    if (
      j.add(
        closedMs - rng.int(20, 150) * 60_000,
        JourneyEventType.signed_off,
        2,
        { byId: signer.id, role: signer.role, empowered: true },
        signer.id,
      )
    ) {
      // findings on every agreed point make the outcome (unless resolved)
      let findings: { pointId: string; finding: Finding; reason: string }[] = [];
      if (pointRows.length > 0 && outcome !== 'resolved') {
        const upheldCount =
          outcome === 'upheld'
            ? pointRows.length
            : outcome === 'not_upheld'
              ? 0
              : rng.int(1, pointRows.length - 1);
        const order = rng.sample(
          pointRows.map((_, i) => i),
          pointRows.length,
        );
        const upheld = new Set(order.slice(0, upheldCount));
        findings = pointRows.map((p, i) => {
          const finding: Finding = upheld.has(i) ? 'upheld' : 'not_upheld';
          return {
            pointId: p.id,
            finding,
            reason: rng.pick(
              finding === 'upheld' ? T.FINDING_REASONS_UPHELD : T.FINDING_REASONS_NOT_UPHELD,
            ),
          };
        });
        if (stageOutcomeFromFindings(findings.map((f) => f.finding)) !== outcome)
          throw new Error('demo generator: findings do not give the outcome');
      }
      if (closeStep(2, outcome, closedMs, findings.length ? { findings } : {}, signer.id)) {
        for (const f of findings) {
          const p = pointRows.find((x) => x.id === f.pointId)!;
          p.finding = f.finding;
          p.finding_reason = f.reason;
        }
        finalOutcome = outcome;
        finalClosedOn = localDate(iso(j.lastMs));
      }
    }
  }

  // the SPSO's decision on a few stage 2 closures
  let spso: { decision: string; decidedOn: string } | null = null;
  if (
    finalClosedOn &&
    stage2 &&
    finalOutcome &&
    j.steps.at(-1)?.type === JourneyEventType.closed &&
    rng.chance(0.1)
  ) {
    const decidedOn = addDays(finalClosedOn, rng.int(40, 300));
    const decision = rng.weighted(T.SPSO_DECISIONS);
    if (
      decidedOn <= c.today &&
      j.add(
        atLocal(addDays(decidedOn, rng.int(0, 7))),
        JourneyEventType.spso_decision,
        2,
        { decision, decidedOn },
        handler.id,
      )
    ) {
      spso = { decision, decidedOn };
    }
  }

  // the columns, from the domain; projection() folds the journey and throws on any illegal step
  const p = projection(j.domain, settings);
  const closed = p.status === 'closed' || p.stage1ClosedOn !== null;
  const causes: string[] = [];
  if ((closed && rng.chance(0.85)) || (!closed && rng.chance(0.1))) {
    const first = rng.weighted(c.area.causes);
    causes.push(first.id);
    if (rng.chance(0.2)) {
      const second = rng.weighted(c.area.causes);
      if (second.id !== first.id) causes.push(second.id);
    }
  }
  for (const rootCauseId of causes)
    batch.rootCauses.push({
      organisation_id: organisationId,
      complaint_id: id,
      root_cause_id: rootCauseId,
    });
  if (
    finalClosedOn &&
    causes.length > 0 &&
    (finalOutcome === 'upheld' || finalOutcome === 'partially_upheld') &&
    rng.chance(c.candidateShare)
  ) {
    batch.candidates.push({
      complaintId: id,
      serviceAreaId: c.area.area.id,
      rootCauseId: causes[0]!,
      closedOn: finalClosedOn,
      outcome: finalOutcome,
    });
  }

  const lastAt = iso(j.lastMs);
  const escalatedStep = j.steps.find((s) => s.type === JourneyEventType.escalated);
  batch.complaints.push({
    organisation_id: organisationId,
    id,
    reference: c.reference,
    customer_id: customerId,
    received_at: receivedAt,
    aware_on: awareOn,
    channel,
    service_area_id: c.area.area.id,
    category,
    summary: `${rng.pick(T.SUMMARY_OPENERS)} ${rng.pick(bodies)}.`,
    outcome_sought: rng.pick(T.OUTCOMES_SOUGHT),
    serious,
    about_named_staff: namedStaff !== null,
    handler_id: handler.id,
    route: p.route,
    current_stage: p.currentStage,
    status: p.status,
    stage1_day_one: p.stage1DayOne,
    stage1_due_on: p.stage1DueOn,
    stage1_extended_due_on: p.stage1ExtendedDueOn,
    stage1_closed_on: p.stage1ClosedOn,
    stage1_outcome: p.stage1Outcome,
    stage1_working_days: p.stage1WorkingDays,
    stage1_within_timescale: p.stage1WithinTimescale,
    escalated_at: escalatedStep ? iso(escalatedStep.ms) : null,
    escalation_exceptional_circumstances: escalatedStep
      ? ((escalatedStep.payload['exceptionalCircumstances'] as string | undefined) ?? null)
      : null,
    stage2_day_one: p.stage2DayOne,
    stage2_due_on: p.stage2DueOn,
    stage2_extended_due_on: p.stage2ExtendedDueOn,
    stage2_acknowledge_by: p.stage2AcknowledgeBy,
    stage2_acknowledged_on: p.stage2AcknowledgedOn,
    stage2_closed_on: p.stage2ClosedOn,
    stage2_outcome: p.stage2Outcome,
    stage2_working_days: p.stage2WorkingDays,
    stage2_within_timescale: p.stage2WithinTimescale,
    spso_decision: spso?.decision ?? null,
    spso_decided_on: spso?.decidedOn ?? null,
    version: j.steps.length,
    created_at: receivedAt,
    updated_at: lastAt,
  });
  j.steps.forEach((s, i) => {
    const at = iso(s.ms);
    batch.events.push({
      organisation_id: organisationId,
      complaint_id: id,
      sequence: i + 1,
      type: s.type,
      at,
      stage: s.stage,
      payload: s.payload,
      recorded_by_id: s.by,
      recorded_at: at,
    });
  });
  // points exist once agreed; findings only once stage 2 closed on them
  for (const row of pointRows) batch.points.push(row);
}
