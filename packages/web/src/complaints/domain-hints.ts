// Loaded on demand (dynamic import): @chp/domain brings the Scottish holiday calendar
// (date-holidays), which stays out of the dashboard's first download.
import { stageOneLatestExtension } from '@chp/domain';

/** Stage 1 day 10 (§27): the latest date a stage 1 extension may reach. */
export function latestStageOneExtension(dayOne: string, closureDays: string[]): string | null {
  try {
    return stageOneLatestExtension(dayOne, { closureDays });
  } catch {
    return null;
  }
}
