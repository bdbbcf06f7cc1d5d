import type {
  ClosureBucket,
  ComplaintStatus,
  DeadlineFilter,
  RegisterQueryVariables,
  RegisterSort,
  SortDirection,
} from '../generated/graphql';
import { oneOf } from '../lib/choice';
import { formatDate } from '../lib/format';
import { OUTCOMES, STATUSES } from './labels';

export const PAGE_SIZE = 25;

export interface RegisterFilters {
  search: string;
  mine: boolean;
  status: string;
  stage: string;
  serviceAreaId: string;
  deadline: string;
  outcome: string;
  receivedFrom: string;
  receivedTo: string;
  closedAt: string;
  closedFrom: string;
  closedTo: string;
  closureOutcome: string;
  /** '1' or '0': that closure within its timescale or not (indicator E). */
  closedWithinTimescale: string;
  /** '1' or '0': that closure's stage extended or not (indicator F). */
  closedExtended: string;
  /** 'stage1': serious, high-risk or high-profile complaints kept at stage 1 (§36). */
  serious: string;
  sort: string;
  direction: string;
  page: number;
}

export const CLOSURE_BUCKETS: readonly (readonly [ClosureBucket, string])[] = [
  ['stage1', 'at stage 1'],
  ['stage2_direct', 'at stage 2 (direct)'],
  ['stage2_escalated', 'at stage 2 (after escalation)'],
  ['stage2', 'at stage 2'],
];
const SORTS: readonly RegisterSort[] = [
  'received',
  'reference',
  'service_area',
  'stage',
  'due',
  'status',
];

/** The register's filters from the address, so every filtered list has a link. */
export function filtersFrom(query: URLSearchParams): RegisterFilters {
  const page = Number(query.get('page') ?? '1');
  const get = (key: string) => query.get(key) ?? '';
  return {
    search: get('search'),
    mine: query.get('mine') === '1',
    status: get('status'),
    stage: get('stage'),
    serviceAreaId: get('serviceArea'),
    deadline: get('deadline'),
    outcome: get('outcome'),
    receivedFrom: get('from'),
    receivedTo: get('to'),
    closedAt: get('closedAt'),
    closedFrom: get('closedFrom'),
    closedTo: get('closedTo'),
    closureOutcome: get('closureOutcome'),
    closedWithinTimescale: get('within'),
    closedExtended: get('extended'),
    serious: get('serious'),
    sort: get('sort'),
    direction: get('dir'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** True when anything narrows the list (the caseload tab, order and page do not). */
export function anyFilter(f: RegisterFilters): boolean {
  return Object.entries(f).some(
    ([k, v]) => !['page', 'mine', 'sort', 'direction'].includes(k) && v !== '',
  );
}

const outcomes = OUTCOMES.map(([v]) => v);
const flag = (v: string): boolean | undefined => (v === '1' ? true : v === '0' ? false : undefined);

/** The API's variables for those filters (empty ones left out). */
export function registerVariables(f: RegisterFilters): RegisterQueryVariables {
  const closedAt = oneOf<ClosureBucket>(
    CLOSURE_BUCKETS.map(([b]) => b),
    f.closedAt,
  );
  return {
    search: f.search.trim() || undefined,
    mine: f.mine || undefined,
    status: oneOf<ComplaintStatus>(
      STATUSES.map(([s]) => s),
      f.status,
    ),
    stage: f.stage ? Number(f.stage) : undefined,
    serviceAreaId: f.serviceAreaId || undefined,
    deadline: oneOf<DeadlineFilter>(['overdue', 'due_soon'], f.deadline),
    outcome: oneOf(outcomes, f.outcome),
    receivedFrom: f.receivedFrom || undefined,
    receivedTo: f.receivedTo || undefined,
    // the closure's period and outcome mean something only with its stage
    closedAt,
    closedFrom: closedAt ? f.closedFrom || undefined : undefined,
    closedTo: closedAt ? f.closedTo || undefined : undefined,
    closureOutcome: closedAt ? oneOf(outcomes, f.closureOutcome) : undefined,
    closedWithinTimescale: closedAt ? flag(f.closedWithinTimescale) : undefined,
    closedExtended: closedAt ? flag(f.closedExtended) : undefined,
    seriousAtStageOne: f.serious === 'stage1' ? true : undefined,
    sort: oneOf(SORTS, f.sort),
    direction: oneOf<SortDirection>(['asc', 'desc'], f.direction),
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}

/** The drill-down filter in words: 'Closed at stage 2 (after escalation) from 1 Oct 2025 to 31 Dec 2025, upheld'. */
export function closureFilterText(f: RegisterFilters): string | null {
  const bucket = CLOSURE_BUCKETS.find(([b]) => b === f.closedAt);
  if (!bucket) return null;
  const parts = [`Closed ${bucket[1]}`];
  if (f.closedFrom) parts.push(`from ${formatDate(f.closedFrom)}`);
  if (f.closedTo) parts.push(`to ${formatDate(f.closedTo)}`);
  const outcome = OUTCOMES.find(([o]) => o === f.closureOutcome);
  const within = flag(f.closedWithinTimescale);
  const extended = flag(f.closedExtended);
  return (
    parts.join(' ') +
    (outcome ? `, ${outcome[1].toLowerCase()}` : '') +
    (within === undefined ? '' : within ? ', within timescale' : ', outside timescale') +
    (extended === undefined ? '' : extended ? ', extended' : ', not extended')
  );
}

/** The order a column header sets: its own column, ascending first (received: newest first). */
export function nextSort(
  f: RegisterFilters,
  column: RegisterSort,
): { sort: string | null; dir: string | null } {
  const current = oneOf(SORTS, f.sort) ?? 'received';
  const defaultDir = column === 'received' ? 'desc' : 'asc';
  const dir = current === column ? f.direction || (current === 'received' ? 'desc' : 'asc') : null;
  const next = dir === null ? defaultDir : dir === 'asc' ? 'desc' : 'asc';
  return {
    sort: column === 'received' ? null : column,
    dir: next === defaultDir ? null : next,
  };
}

/** aria-sort for a column header. */
export function ariaSort(
  f: RegisterFilters,
  column: RegisterSort,
): 'ascending' | 'descending' | 'none' {
  const current = oneOf(SORTS, f.sort) ?? 'received';
  if (current !== column) return 'none';
  const dir = f.direction || (current === 'received' ? 'desc' : 'asc');
  return dir === 'asc' ? 'ascending' : 'descending';
}
