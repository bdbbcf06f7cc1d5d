import { addDays, formatComplaintReference, isWorkingDay, localDate } from '@chp/domain';
import { allocate, dayNo, londonInstant } from './calendar';
import { Random } from './random';
import { DEFAULT_TODAY, type ComplaintBatch, type GenerateOptions } from './rows';
import { staffOf } from './staff-pool';
import type { AreaInfo, ComplaintContext } from './stages/context';
import { recordComplaint } from './stages/recording';
import { complaintRows } from './stages/rows';
import { spsoDecision } from './stages/spso';
import { stageOne } from './stages/stage-one';
import { stageTwo } from './stages/stage-two';
import * as T from './texts';

/**
 * The demo-data generator: a deterministic stream of complaints (with their customers, journeys,
 * points of complaint and root causes) as plain rows, column names as in the database. The same
 * seed and size give byte-identical rows. The journeys are built step by step with @chp/domain
 * (day one, due dates, extensions, escalation limits) by one stage builder per part of the
 * procedure (stages/), and stored exactly as the API stores them: `fromDomainEvent` for the
 * events the domain folds, the API's payload shapes for the others (journey-builder.ts), and the
 * projection columns from `projection()`, which also throws if a journey were ever invalid.
 */
export * from './rows';
export { addDays } from '@chp/domain';
export { londonInstant } from './calendar';

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
      const reference = formatComplaintReference(Number(year), references[year]);
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

/** One complaint, stage by stage, in the order the procedure takes them. */
function oneComplaint(batch: ComplaintBatch, c: ComplaintContext): void {
  const draft = recordComplaint(batch, c);
  stageOne(draft);
  stageTwo(draft);
  const spso = spsoDecision(draft);
  complaintRows(draft, spso);
}
