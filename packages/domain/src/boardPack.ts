import { addDays } from './addDays';
import { ChpRuleError } from './errors';
import {
  DEFAULT_FINANCIAL_YEAR_START_MONTH,
  financialQuarterOf,
  MONTH_NAMES,
} from './financialYear';
import { publicationStep } from './publicationWorkflow';
import { previousPeriod, quarterPeriod, rangePeriod, type Period } from './reportingPeriods';
import { approvesPublications, isManager, type Role } from './roles';

/**
 * The quarterly board pack (docs/procedure.md, The quarterly board pack): one document for the
 * governing body, for a quarter of the organisation's reporting year. Its figures are computed
 * when drafted (and may be refreshed while it is a draft), it is approved like a publication
 * (publicationWorkflow.ts: submit, then approval by a senior manager or manager who is not the
 * author) and frozen on approval: an approved pack never changes; a new draft for the same
 * quarter is a new edition.
 *
 * @example
 * boardPackComparisons(financialQuarterPeriod(2026, 1)).lastYear.label // '2025/26 Q1'
 * boardPackStep('approved', 'edit').ok // false: an approved pack is frozen
 */

/**
 * THE SECTION LIST: every section of a board pack, in order, each with the commentary the author
 * may write under it. The API renders them in this order (HTML and Word); the dashboard offers a
 * commentary field for each.
 * Packs drafted before a section existed keep their frozen figures; the section says it was not
 * in that edition.
 */
export const BOARD_PACK_SECTIONS = [
  { key: 'indicators', title: 'SPSO performance indicators' },
  { key: 'trends', title: 'Complaints received and closed by month' },
  { key: 'rootCauses', title: 'Top root causes' },
  { key: 'actions', title: 'Improvement actions' },
  { key: 'learning', title: 'Learning from complaints' },
  { key: 'serious', title: 'Serious, high-risk or high-profile complaints' },
  { key: 'spsoDecisions', title: 'SPSO decisions' },
  { key: 'survey', title: 'Customer satisfaction' },
  { key: 'recurrence', title: 'Did the changes work?' },
] as const;
export type BoardPackSectionKey = (typeof BOARD_PACK_SECTIONS)[number]['key'];
export const BOARD_PACK_SECTION_KEYS: readonly BoardPackSectionKey[] = BOARD_PACK_SECTIONS.map(
  (s) => s.key,
);
export const isBoardPackSection = (key: unknown): key is BoardPackSectionKey =>
  typeof key === 'string' && (BOARD_PACK_SECTION_KEYS as readonly string[]).includes(key);

/** How many top root causes a pack lists, and how many months its trend shows. */
export const BOARD_PACK_TOP_ROOT_CAUSES = 5;
export const BOARD_PACK_TREND_MONTHS = 12;

/** A board pack's statuses: a publication's, without publishing (the pack goes to the board, not the public). */
export const BOARD_PACK_STATUSES = ['draft', 'in_review', 'approved', 'withdrawn'] as const;
export type BoardPackStatus = (typeof BOARD_PACK_STATUSES)[number];
/** 'sendBack': an approver returns a pack in review to draft with a comment (publicationWorkflow.ts). */
export const BOARD_PACK_STEPS = ['edit', 'submit', 'sendBack', 'approve', 'withdraw'] as const;
export type BoardPackStep = (typeof BOARD_PACK_STEPS)[number];

/** Who drafts, edits, submits and withdraws board packs: managers (the administrator, senior managers, managers). */
export const draftsBoardPacks = (role: Role): boolean => isManager(role);
/** Who reads and downloads board packs: managers, and communications staff (read only). Never action-only staff. */
export const readsBoardPacks = (role: Role): boolean =>
  isManager(role) || role === 'communications';
/** Who may approve a board pack (never their own): as a publication (publicationWorkflow.ts). */
export const approvesBoardPacks = (role: Role): boolean => approvesPublications(role);

export type BoardPackStepResult =
  | { ok: true; status: BoardPackStatus }
  | { ok: false; rule: 'PUBLICATION_STATUS' | 'BOARD_PACK_FROZEN'; message: string };

/**
 * The status after `step`: the publication workflow's transitions, except that an approved pack is
 * frozen (no edit, no withdrawal: what went to the board stays as it was).
 */
export function boardPackStep(status: BoardPackStatus, step: BoardPackStep): BoardPackStepResult {
  if (status === 'approved')
    return {
      ok: false,
      rule: 'BOARD_PACK_FROZEN',
      message: 'An approved board pack is frozen: draft a new edition for the quarter instead',
    };
  const result = publicationStep(status, step);
  if (!result.ok)
    return { ...result, message: result.message.replace('publication', 'board pack') };
  return { ok: true, status: result.status as BoardPackStatus };
}

export interface BoardPackComparisons {
  current: Period;
  /** The quarter before (the previous quarter of the reporting year, across the year's start). */
  previous: Period;
  /** The same quarter a year earlier. */
  lastYear: Period;
}

const shiftYear = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** The first day of the month after `date`'s month. */
function nextMonthStart(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The same period a year earlier, with its label (a quarter keeps its kind: '2025/26 Q1'). */
export function sameQuarterLastYear(p: Period): Period {
  const from = shiftYear(p.from, -1);
  // the last day of the same month a year earlier (29 February has no twin)
  const to = addDays(nextMonthStart(shiftYear(`${p.to.slice(0, 8)}01`, -1)), -1);
  if (p.kind === 'financialQuarter') {
    const startMonth = p.startMonth ?? DEFAULT_FINANCIAL_YEAR_START_MONTH;
    return { ...p, from, to, label: financialQuarterOf(from, startMonth).label };
  }
  if (p.kind === 'quarter')
    return quarterPeriod(
      Number(from.slice(0, 4)),
      Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1,
    );
  return rangePeriod(from, to);
}

/**
 * The quarter and the two it is compared with (docs/procedure.md, The quarterly board pack): the
 * quarter before and the same quarter last year. Throws INVALID_PERIOD when `p` is not a quarter.
 */
export function boardPackComparisons(p: Period): BoardPackComparisons {
  if (p.kind !== 'quarter' && p.kind !== 'financialQuarter')
    throw new ChpRuleError('INVALID_PERIOD', 'a board pack covers one quarter', {
      field: 'quarter',
      rule: 'matches',
    });
  return { current: p, previous: previousPeriod(p), lastYear: sameQuarterLastYear(p) };
}

/** The `n` calendar months ending with the month `to` falls in, oldest first: 'April 2026'. */
export function boardPackMonths(to: string, n: number = BOARD_PACK_TREND_MONTHS): Period[] {
  const out: Period[] = [];
  let end = addDays(nextMonthStart(to), -1);
  for (let i = 0; i < n; i++) {
    const from = `${end.slice(0, 7)}-01`;
    out.unshift({
      kind: 'range',
      from,
      to: end,
      label: `${MONTH_NAMES[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`,
    });
    end = addDays(from, -1);
  }
  return out;
}
