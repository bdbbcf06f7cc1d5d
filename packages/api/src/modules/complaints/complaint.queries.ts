import type { SelectQueryBuilder } from 'typeorm';
import { addWorkingDays, SEARCH_COUNT_LIMIT, type RegisterTotal } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import type { PageArgs } from '../../core/pagination';
import { queryPrepared } from '../../core/prepared-statements';
import type { Viewer } from '../../core/viewer';
import { timelineSettingsByOrganisation } from '../calendar';
import { Person, ServiceArea, personById, serviceAreaById } from '../people';
import { Complaint } from './complaint.entity';
import { customerById } from './complaint.loaders';
import { entityFromRaw, type PageRelation } from './page-relations';
import { Customer } from './customer.entity';
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
import { DUE_SOON_WORKING_DAYS, listedOnRegister } from './timeline.type';

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

/** What a page reads with its complaints besides their service area and handler. */
export interface PageRelations {
  /** Each complaint's customer (for a role that sees personal data, when a field asks for it). */
  withCustomer?: boolean;
  /** The complaint's properties to read (register-selection.ts `pageColumns`); all when absent. */
  columns?: string[] | null;
  /** Other modules' lists of each complaint read in the same statement (page-relations.ts). */
  lists?: PageRelation[];
}

/** Pages starting at most this far into the register are sent as prepared statements. */
const PREPARED_OFFSETS = 200;

/**
 * The page's complaints with their service area and handler (and customer, when asked) in the
 * same statement, and the lists other modules declared for the fields the page selects (root
 * causes, actions) as JSON arrays; the joined rows prime the request's loaders, so the fields
 * `serviceArea`, `handler`, those read from the customer and those lists cost no statement
 * (issue 19).
 */
async function readPage(
  ctx: ChpContext,
  q: SelectQueryBuilder<Complaint>,
  page: PageArgs | undefined,
  relations: PageRelations,
): Promise<Complaint[]> {
  if (relations.columns) q.select(relations.columns.map((p) => `c.${p}`));
  if (relations.withCustomer)
    q.leftJoin(
      Customer,
      'cu',
      'cu.id = c.customer_id AND cu.organisation_id = c.organisation_id',
    ).addSelect('cu');
  q.leftJoin(
    ServiceArea,
    'sa',
    'sa.id = c.service_area_id AND sa.organisation_id = c.organisation_id',
  )
    .addSelect('sa')
    .leftJoin(Person, 'hp', 'hp.id = c.handler_id AND hp.organisation_id = c.organisation_id')
    .addSelect('hp');
  const lists = relations.lists ?? [];
  lists.forEach((list, i) => q.addSelect(list.json, `page_list_${i}`));
  if (page) q.offset(page.offset).limit(page.limit);
  // read raw and built here: TypeORM's own hydration of the joined rows cost more than the rest
  // of the page's statement (issue 19)
  const [sql, parameters] = q.getQueryAndParameters();
  // the first pages are prepared (planning the page costs more than running it); a page further
  // on is a text of its own (its offset), sent unnamed
  const raw =
    (page?.offset ?? 0) <= PREPARED_OFFSETS
      ? await queryPrepared<Record<string, unknown>>(ctx.dataSource, sql, parameters)
      : await ctx.dataSource.query<Record<string, unknown>[]>(sql, parameters);
  const ds = ctx.dataSource;
  return raw.map((row) => {
    const c = entityFromRaw(ds, Complaint, row, 'c');
    listedOnRegister.add(c);
    const area = row['sa_id'] ? entityFromRaw(ds, ServiceArea, row, 'sa') : null;
    if (area) ctx.loaders.prime(serviceAreaById, area.id, area);
    const handler = row['hp_id'] ? entityFromRaw(ds, Person, row, 'hp') : null;
    if (handler) ctx.loaders.prime(personById, handler.id, handler);
    const customer = row['cu_id'] ? entityFromRaw(ds, Customer, row, 'cu') : null;
    if (customer) ctx.loaders.prime(customerById, customer.id, customer);
    lists.forEach((list, i) =>
      list.prime(ctx, c.id, row[`page_list_${i}`] as Record<string, unknown>[]),
    );
    return c;
  });
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
    return { items: await readPage(ctx, q, undefined, relations), countTotal, total };
  }
  const q = await filteredRegister(ctx, viewer, filter);
  const count = q.clone();
  await sortRegister(ctx, viewer, q, filter);
  const items = await readPage(ctx, q, page, relations);
  // the count's statement is built once, and only when the total is asked for
  let statement: [string, unknown[]] | undefined;
  const counting = () => (statement ??= count.clone().select('1').getQueryAndParameters());
  const total = totalOf(
    ctx,
    () => countKey(...counting()),
    async (cap) => {
      const [sql, params] = counting();
      const rows = await queryPrepared<{ n: number }>(
        ctx.dataSource,
        `SELECT count(*)::int AS n FROM (${sql} LIMIT ${cap}) capped`,
        params,
      );
      return rows[0]!.n;
    },
    () => planRows(ctx.dataSource, ...counting()),
  );
  return { items, countTotal: () => count.getCount(), total };
}
