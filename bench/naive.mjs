/**
 * The naive path, in its own process so that the bench can cap its time and memory: load the
 * entities with TypeORM (repository.find) and count in Node.
 *
 *   node bench/naive.mjs <databaseUrl> <organisationId> indicators|trends <from> <to> <prevFrom> <prevTo> <runs>
 *
 * - indicators: every complaint of the organisation and every journey event (repository.find),
 *   grouped by complaint, then @chp/domain's spsoIndicators for the period and the previous one
 *   (what the API's spsoIndicators answers).
 * - trends: the complaints received in the period (repository.find with Between on received_at),
 *   counted by month of local receipt x service area.
 *
 * Prints one JSON line per run: { ms, figures }.
 */
import { api, apiRequire } from './lib/api.mjs';

const [url, organisationId, kind, from, to, prevFrom, prevTo, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 1);
const { Between } = apiRequire('typeorm');
const { spsoIndicators, localDate } = apiRequire('@chp/domain');
const { createDataSource } = api('db/data-source.js');
const { Complaint, ComplaintEvent } = api('modules/complaints/index.js');
const { ServiceArea } = api('modules/people/index.js');
const { toDomainEvents, loadTimelineSettings } = api('modules/complaints/journey.js');

const LONDON_MIDNIGHT = (date) => {
  // the instant of local midnight starting `date` in Europe/London (GMT or BST)
  const utc = new Date(`${date}T00:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(utc),
  );
  return new Date(utc.getTime() - hour * 3_600_000);
};
const nextDay = (date) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function indicators(ds) {
  const settings = await loadTimelineSettings(ds.manager, organisationId);
  const complaints = await ds.getRepository(Complaint).find({ where: { organisationId } });
  const events = await ds
    .getRepository(ComplaintEvent)
    .find({ where: { organisationId }, order: { complaintId: 'ASC', sequence: 'ASC' } });
  const byComplaint = new Map(complaints.map((c) => [c.id, []]));
  for (const e of events) byComplaint.get(e.complaintId)?.push(e);
  const journeys = complaints.map((c) => ({ events: toDomainEvents(byComplaint.get(c.id)) }));
  const current = spsoIndicators(journeys, { from, to }, settings);
  const previous = spsoIndicators(journeys, { from: prevFrom, to: prevTo }, settings);
  const s = current.stages;
  return {
    received: current.received,
    previousReceived: previous.received,
    stage1Closed: s.stage1.closed,
    stage2DirectClosed: s.stage2Direct.closed,
    stage2EscalatedClosed: s.stage2Escalated.closed,
    complaintsLoaded: complaints.length,
    eventsLoaded: events.length,
  };
}

async function trends(ds) {
  const areas = await ds.getRepository(ServiceArea).find({ where: { organisationId } });
  const complaints = await ds.getRepository(Complaint).find({
    where: {
      organisationId,
      receivedAt: Between(
        LONDON_MIDNIGHT(from),
        new Date(LONDON_MIDNIGHT(nextDay(to)).getTime() - 1),
      ),
    },
  });
  const counts = new Map();
  for (const c of complaints) {
    const key = `${localDate(c.receivedAt.toISOString()).slice(0, 7)}|${c.serviceAreaId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const buckets = [];
  for (let m = 0; m < 12; m++) {
    for (const a of areas)
      buckets.push({
        month: `${from.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`,
        area: a.name,
        count: counts.get(`${from.slice(0, 4)}-${String(m + 1).padStart(2, '0')}|${a.id}`) ?? 0,
      });
  }
  return { total: complaints.length, buckets: buckets.length };
}

const ds = createDataSource(url);
await ds.initialize();
try {
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const figures = kind === 'indicators' ? await indicators(ds) : await trends(ds);
    const ms = performance.now() - t;
    process.stdout.write(
      `${JSON.stringify({ ms, figures, heapMb: Math.round(process.memoryUsage().rss / 1e6) })}\n`,
    );
  }
} finally {
  await ds.destroy();
}
