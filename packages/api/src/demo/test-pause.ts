import type { Log } from '../log';

/** Where the first start's demo load can be held for a test (see pauseDemoLoadForTest). */
export type DemoLoadPoint =
  'staff' | 'complaints-copy' | 'complaints' | 'actions' | 'publication-draft';

/**
 * Test only: with CHP_DEMO_PAUSE_AT=<point> the first start's demo load stops at that point,
 * logs `demo load paused at <point>` and waits for ever, so that a test can kill the process
 * exactly there (test/first-start-resume.test.ts). 'complaints-copy' holds the complaints'
 * transaction open after its COPY, before COMMIT; 'publication-draft' holds the publication
 * after its draft is saved, before it is submitted; the others come after their part committed.
 * Never set it outside tests: the server would not start.
 */
export async function pauseDemoLoadForTest(point: DemoLoadPoint, log: Log): Promise<void> {
  if (process.env['CHP_DEMO_PAUSE_AT'] !== point) return;
  log.warn(`demo load paused at ${point} (CHP_DEMO_PAUSE_AT, test only)`);
  await new Promise<never>(() => setInterval(() => {}, 60_000));
}
