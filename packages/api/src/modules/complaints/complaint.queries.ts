import type { SelectQueryBuilder } from 'typeorm';
import { addWorkingDays, SEARCH_COUNT_LIMIT, type RegisterTotal } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import type { PageArgs } from '../../core/pagination';
import { DATES_AS_TEXT, queryPrepared } from '../../core/prepared-statements';
import type { Viewer } from '../../core/viewer';
import { timelineSettingsByOrganisation } from '../calendar';
import { Person, ServiceArea, personById, serviceAreaById } from '../people';
import { Complaint } from './complaint.entity';
import { customerById } from './complaint.loaders';
import { rawEntities, type PageRelation } from './page-relations';
import { Customer } from './customer.entity';
import type { CustomerRead } from './register-selection';
import { SUPPORT_NEEDS_COLUMNS, noteSupportNeedsOnPage, supportNeedsOf } from './support-needs';
import {
  DeadlineFilter,
  RegisterSort,
  SortDirection,
  type ComplaintFilter,
} from './complaint-filter.inputs';
import { applyClosureFilter, checkClosureFilter } from './register-closures';
import {
  applySearch,
  countSearchMatches,
  countSearchStatement,
  lastWordForms,
  planRows,
  searchPage,
} from './register-search';
import { applySort, DEADLINE } from './register-sort';
import { countKey, totalOf } from './register-total';
import { DUE_SOON_WORKING_DAYS, markListedOnRegister } from './timeline.type';

/**
 * Per organisation, the first date that is NOT due soon as of today: the (N+1)th working day
 * after today on its calendar. An open stage is due soon (domain `stageStatus`) when at most N
 * working days are left after today, i.e. today <= deadline < that date.
 */
async function dueSoonLimits(
  ctx: ChpContext,
  organisationIds: string[],
): Promise<Record<string, string>> {
  const settings = await ctx.loaders.get(timelineSettingsByOrganisation).loadMany(organisationIds);
  const limits: Record<string, string> = {};
  organisationIds.forEach((id, i) => {
    const s = settings[i];
    if (!s || s instanceof Error) return;
    limits[id] = addWorkingDays(ctx.today, DUE_SOON_WORKING_DAYS + 1, s);
  });
  return limits;
}

/** The service areas the viewer can see, ids in the order of their names (then id). */
async function areasByName(ctx: ChpContext, viewer: Viewer): Promise<string[]> {
  const rows: { id: string }[] = await ctx.dataSource.query(
    `SELECT id FROM service_area WHERE organisation_id = ANY($1) ORDER BY name, id`,
    [viewer.organisationIds],
  );
  return rows.map((r) => r.id);
}

/** A search with no other filter, in order of receipt (the register's default). */
const searchOnly = (filter: ComplaintFilter): boolean =>
  !!filter.search?.trim() &&
  (filter.sort ?? RegisterSort.received) === RegisterSort.received &&
  Object.entries(filter).every(
    ([key, value]) =>
      value === undefined ||
      value === null ||
      value === false ||
      ['search', 'sort', 'direction'].includes(key),
  );

/**
 * The register's complaints that match the filter, unordered: the one query behind the register
 * page (a page at a time) and its export (read whole, in batches).
 */
export async function filteredRegister(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
): Promise<SelectQueryBuilder<Complaint>> {
  checkClosureFilter(filter);
  const q = ctx.dataSource
    .getRepository(Complaint)
    .createQueryBuilder('c')
    .where('c.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
  if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
  if (filter.stage) q.andWhere('c.current_stage = :stage', { stage: filter.stage });
  if (filter.route) q.andWhere('c.route = :route', { route: filter.route });
  if (filter.serviceAreaId) q.andWhere('c.service_area_id = :area', { area: filter.serviceAreaId });
  if (filter.handlerId) q.andWhere('c.handler_id = :handler', { handler: filter.handlerId });
  if (filter.mine) q.andWhere('c.handler_id = :me', { me: viewer.personId });
  // between London midnights, so the received_at index serves the range (no conversion per row)
  if (filter.receivedFrom)
    q.andWhere(`c.received_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/London')`, {
      from: filter.receivedFrom,
    });
  if (filter.receivedTo)
    q.andWhere(
      `c.received_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`,
      { to: filter.receivedTo },
    );
  if (filter.outcome) {
    q.andWhere(
      '(CASE WHEN c.current_stage = 1 THEN c.stage1_outcome ELSE c.stage2_outcome END) = :outcome',
      { outcome: filter.outcome },
    );
  }
  if (filter.search) applySearch(q, viewer, filter.search);
  applyClosureFilter(q, filter);
  // §36: serious complaints kept at stage 1, for managers (docs/procedure.md §36)
  if (filter.seriousAtStageOne === true) q.andWhere('c.serious AND c.current_stage = 1');
  else if (filter.seriousAtStageOne === false)
    q.andWhere('NOT (c.serious AND c.current_stage = 1)');
  if (filter.deadline === DeadlineFilter.overdue) {
    q.andWhere(`c.status = 'open' AND ${DEADLINE} < :today`, { today: ctx.today });
  } else if (filter.deadline === DeadlineFilter.due_soon) {
    const limits = await dueSoonLimits(ctx, viewer.organisationIds);
    q.andWhere(
      `c.status = 'open' AND ${DEADLINE} >= :today AND ${DEADLINE} < (CAST(:limits AS jsonb) ->> c.organisation_id::text)::date`,
      { today: ctx.today, limits: JSON.stringify(limits) },
    );
  }
  return q;
}

/** Orders the register's query as the filter asks (the page's order, and the export's). */
export async function sortRegister(
  ctx: ChpContext,
  viewer: Viewer,
  q: SelectQueryBuilder<Complaint>,
  filter: ComplaintFilter,
): Promise<SelectQueryBuilder<Complaint>> {
  applySort(
    q,
    filter.sort,
    filter.direction,
    filter.sort === RegisterSort.service_area ? await areasByName(ctx, viewer) : [],
  );
  return q;
}

/** A page of the register, and its total counted only when the client asks for it. */
export interface RegisterPage {
  items: Complaint[];
  /** The exact number of matches (all pages). */
  countTotal: () => Promise<number>;
  /** Exact up to EXACT_COUNT_LIMIT, else the planner's estimate or, for a search, "more than" (domain `registerTotal`). */
  total: () => Promise<RegisterTotal>;
}

/** What a page reads with its complaints besides their service area. */
export interface PageRelations {
  /** Each complaint's customer, whole or its support needs only (for a role that sees personal data, when a field asks for it). */
  customer?: CustomerRead;
  /** Each complaint's handler (when the page shows it). */
  withHandler?: boolean;
  /** The complaint's properties to read (register-selection.ts `pageColumns`); all when absent. */
  columns?: string[] | null;
  /** Other modules' lists of each complaint read in the same statement (page-relations.ts). */
  lists?: PageRelation[];
}

/** Pages starting at most this far into the register are sent as prepared statements. */
const PREPARED_OFFSETS = 200;

/** A handler's properties a page reads: all but the password's hash, which no list needs. */
const handlerColumns = (q: SelectQueryBuilder<Complaint>): string[] =>
  q.connection
    .getMetadata(Person)
    .columns.map((c) => c.propertyName)
    .filter((p) => p !== 'passwordHash');

/**
 * Makes `q` the page's statement: the page's complaints with their service area (and handler and
 * customer, when asked) in the same statement, and the lists other modules declared for the
 * fields the page selects (root causes, actions) as JSON arrays; the joined rows prime the
 * request's loaders (readRows), so the fields `serviceArea`, `handler`, those read from the
 * customer and those lists cost no statement (issue 19).
 */
function selectPage(
  q: SelectQueryBuilder<Complaint>,
  page: PageArgs | undefined,
  relations: PageRelations,
): SelectQueryBuilder<Complaint> {
  if (relations.columns) q.select(relations.columns.map((p) => `c.${p}`));
  if (relations.customer) {
    q.leftJoin(Customer, 'cu', 'cu.id = c.customer_id AND cu.organisation_id = c.organisation_id');
    if (relations.customer === 'whole') q.addSelect('cu');
    else q.addSelect(['cu.id', ...SUPPORT_NEEDS_COLUMNS.map((p) => `cu.${p}`)]);
  }
  q.leftJoin(
    ServiceArea,
    'sa',
    'sa.id = c.service_area_id AND sa.organisation_id = c.organisation_id',
  ).addSelect('sa');
  if (relations.withHandler)
    q.leftJoin(
      Person,
      'hp',
      'hp.id = c.handler_id AND hp.organisation_id = c.organisation_id',
    ).addSelect(handlerColumns(q).map((p) => `hp.${p}`));
  (relations.lists ?? []).forEach((list, i) => q.addSelect(list.json, `page_list_${i}`));
  if (page) q.offset(page.offset).limit(page.limit);
  return q;
}

/**
 * The page's statement run, its rows built into complaints here (TypeORM's own hydration of the
 * joined rows cost more than the rest of the page's statement, issue 19), the joined rows primed
 * into the request's loaders.
 */
async function readRows(
  ctx: ChpContext,
  [sql, parameters]: Statement,
  page: PageArgs | undefined,
  relations: PageRelations,
): Promise<Complaint[]> {
  // the first pages are prepared (planning the page costs more than running it); a page further
  // on is a text of its own (its offset), sent unnamed
  const raw =
    (page?.offset ?? 0) <= PREPARED_OFFSETS
      ? await queryPrepared<Record<string, unknown>>(ctx.dataSource, sql, parameters, DATES_AS_TEXT)
      : await ctx.dataSource.query<Record<string, unknown>[]>(sql, parameters);
  const ds = ctx.dataSource;
  const lists = relations.lists ?? [];
  // every row is a complaint (the joins are left joins)
  const complaints = rawEntities(ds, Complaint, raw, 'c') as Complaint[];
  const areas = rawEntities(ds, ServiceArea, raw, 'sa');
  const handlers = rawEntities(ds, Person, raw, 'hp');
  const customers = rawEntities(ds, Customer, raw, 'cu');
  return complaints.map((c, i) => {
    markListedOnRegister(c);
    const area = areas[i];
    if (area) ctx.loaders.prime(serviceAreaById, area.id, area);
    const handler = handlers[i];
    if (handler) ctx.loaders.prime(personById, handler.id, handler);
    const customer = customers[i] ?? null;
    if (customer && relations.customer === 'whole')
      ctx.loaders.prime(customerById, customer.id, customer);
    else if (relations.customer === 'supportNeeds')
      noteSupportNeedsOnPage(c, customer !== null && supportNeedsOf(customer) !== null);
    const row = raw[i]!;
    lists.forEach((list, n) =>
      list.prime(ctx, c.id, row[`page_list_${n}`] as Record<string, unknown>[]),
    );
    return c;
  });
}

/** SQL text and its parameters, as a query builder gives them. */
type Statement = [string, unknown[]];

/** A page's statement and, built when first asked, its count's. */
interface PageStatements {
  page: Statement;
  count: () => Statement;
}

/**
 * Statements already built for the same request, by everything they are built from (see
 * statementKey): building them with the query builder cost a register page more than reading its
 * rows (issue 19). Most recently used last; at most STATEMENTS_KEPT.
 */
const statementsBuilt = new Map<string, PageStatements>();
const STATEMENTS_KEPT = 500;

/**
 * Everything a register page's statements are built from, or null when building them reads the
 * database or the calendar (a search, due soon, the service areas' order): the filter, the
 * viewer's organisations and person, today, the page and what it reads.
 */
function statementKey(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
  page: PageArgs,
  relations: PageRelations,
): string | null {
  if (
    filter.search ||
    filter.deadline === DeadlineFilter.due_soon ||
    filter.sort === RegisterSort.service_area
  )
    return null;
  return JSON.stringify([
    filter,
    viewer.organisationIds,
    viewer.personId,
    ctx.today,
    page.offset,
    page.limit,
    relations.columns ?? null,
    relations.customer ?? null,
    relations.withHandler ?? false,
    (relations.lists ?? []).map((l) => l.field),
  ]);
}

async function pageStatements(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
  page: PageArgs,
  relations: PageRelations,
): Promise<PageStatements> {
  const key = statementKey(ctx, viewer, filter, page, relations);
  const built = key === null ? undefined : statementsBuilt.get(key);
  if (built) {
    statementsBuilt.delete(key!);
    statementsBuilt.set(key!, built);
    return built;
  }
  const q = await filteredRegister(ctx, viewer, filter);
  const count = q.clone().select('1');
  await sortRegister(ctx, viewer, q, filter);
  let countStatement: Statement | undefined;
  const statements: PageStatements = {
    page: selectPage(q, page, relations).getQueryAndParameters(),
    count: () => (countStatement ??= count.getQueryAndParameters()),
  };
  if (key !== null) {
    statementsBuilt.set(key, statements);
    if (statementsBuilt.size > STATEMENTS_KEPT)
      statementsBuilt.delete(statementsBuilt.keys().next().value!);
  }
  return statements;
}

export async function findComplaints(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
  page: PageArgs,
  relations: PageRelations = {},
): Promise<RegisterPage> {
  if (searchOnly(filter)) {
    checkClosureFilter(filter);
    const search = filter.search!;
    const forms = await lastWordForms(ctx.dataSource, viewer, search);
    // no estimate for a search: the planner counts a complaint once per matching word, so its
    // estimate runs several times the truth; past its own limit the register says "more than"
    const total = totalOf(
      ctx,
      () => countKey(...countSearchStatement(ctx.dataSource, viewer, search, null, forms)),
      (cap) => countSearchMatches(ctx.dataSource, viewer, search, cap, forms),
      null,
      SEARCH_COUNT_LIMIT,
    );
    const countTotal = () => countSearchMatches(ctx.dataSource, viewer, search, null, forms);
    // the page comes from the matches' own index entries before any complaint is read
    const ids = await searchPage(
      ctx.dataSource,
      viewer,
      search,
      filter.direction !== SortDirection.asc,
      page,
      forms,
    );
    if (ids.length === 0) return { items: [], countTotal, total };
    const q = ctx.dataSource
      .getRepository(Complaint)
      .createQueryBuilder('c')
      .where('c.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
      .andWhere('c.id IN (:...pageIds)', { pageIds: ids });
    applySort(q, RegisterSort.received, filter.direction, []);
    return {
      items: await readRows(
        ctx,
        selectPage(q, undefined, relations).getQueryAndParameters(),
        undefined,
        relations,
      ),
      countTotal,
      total,
    };
  }
  const statements = await pageStatements(ctx, viewer, filter, page, relations);
  const items = await readRows(ctx, statements.page, page, relations);
  const total = totalOf(
    ctx,
    () => countKey(...statements.count()),
    async (cap) => {
      const [sql, params] = statements.count();
      const rows = await queryPrepared<{ n: number }>(
        ctx.dataSource,
        `SELECT count(*)::int AS n FROM (${sql} LIMIT ${cap}) capped`,
        params,
      );
      return rows[0]!.n;
    },
    () => planRows(ctx.dataSource, ...statements.count()),
  );
  return {
    items,
    countTotal: async () => (await filteredRegister(ctx, viewer, filter)).getCount(),
    total,
  };
}
