/**
 * @chp/domain's `countsAsReceived` in SQL over `complaint c` (docs/procedure.md, SPSO performance
 * indicators, row A): not a complaint and duplicates are not complaints received; withdrawn and
 * out of time were. The indicator_day trigger (migration FirstContact) says the same.
 */
export const COUNTS_AS_RECEIVED_SQL = `(c.other_outcome IS NULL OR c.other_outcome IN ('withdrawn', 'out_of_time'))`;
