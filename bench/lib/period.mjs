import { TODAY } from './datasets.mjs';

/** The measured period: the last full calendar year of the data, and the year before it (the API computes both). */
export const YEAR = Number(TODAY.slice(0, 4)) - 1;
export const FROM = `${YEAR}-01-01`;
export const TO = `${YEAR}-12-31`;
export const PREV_FROM = `${YEAR - 1}-01-01`;
export const PREV_TO = `${YEAR - 1}-12-31`;

/** A size as the log and the report name it: 100k, 1M. */
export const sizeLabel = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
