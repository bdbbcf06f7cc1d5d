import { londonInstant } from '../londonTime';
import type { Instant, IsoDate, Outcome } from '../types';

/**
 * Reading a spreadsheet cell: dates in the forms people type, and the few fixed vocabularies by
 * their words ("partially upheld", "in person"). Each returns null for a value it cannot read.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The time a date given without one is read at (London wall clock; docs/procedure.md, Importing complaints). */
export const DATE_ONLY_TIME = '12:00';

/** A date and optional time (London wall clock) from `2025-03-14`, `2025-03-14 10:30` or `14/03/2025`. */
export function readWhen(value: string): { date: IsoDate; time: string | null } | null {
  const v = value.trim();
  let y: number, m: number, d: number, hh: number | null, mm: number | null;
  const iso = ISO.exec(v);
  const uk = iso ? null : UK.exec(v);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [hh, mm] = iso[4] ? [Number(iso[4]), Number(iso[5])] : [null, null];
  } else if (uk) {
    [y, m, d] = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
    [hh, mm] = uk[4] ? [Number(uk[4]), Number(uk[5])] : [null, null];
  } else return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const real = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(real.getTime()) || real.toISOString().slice(0, 10) !== date) return null;
  if (hh !== null && (hh > 23 || mm! > 59)) return null;
  return { date, time: hh === null ? null : `${pad(hh)}:${pad(mm!)}` };
}

/** The instant of a read date (a date alone is read at {@link DATE_ONLY_TIME}). */
export const instantOf = (when: { date: IsoDate; time: string | null }): Instant =>
  londonInstant(when.date, when.time ?? DATE_ONLY_TIME);

const word = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const pick = <T extends string>(allowed: readonly T[], v: string): T | null =>
  (allowed as readonly string[]).includes(word(v)) ? (word(v) as T) : null;

export const readOutcome = (v: string): Outcome | null =>
  pick(['resolved', 'upheld', 'partially_upheld', 'not_upheld'] as const, v);

export const SPSO_DECISIONS = [
  'not_taken_forward',
  'resolved',
  'upheld',
  'partially_upheld',
  'not_upheld',
] as const;
export type SpsoDecision = (typeof SPSO_DECISIONS)[number];
export const readSpsoDecision = (v: string): SpsoDecision | null => pick(SPSO_DECISIONS, v);

export const IMPORT_CHANNELS = [
  'phone',
  'email',
  'letter',
  'in_person',
  'web_form',
  'social_media',
  'other',
] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];
export const readChannel = (v: string): ImportChannel | null =>
  pick(IMPORT_CHANNELS, v.trim().toLowerCase() === 'e-mail' ? 'email' : v);

/** A list cell (points, root causes): `;` or new lines between items. */
export const readList = (v: string): string[] =>
  v
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
