/**
 * Retention: the retention schedule of complaints' personal data, legal holds, anonymisation
 * when due and erasure on request (docs/procedure.md, Retention and erasure).
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
import { ComplaintRetentionResolver, RetentionResolver } from './retention.resolver';

export { anonymiseDue, type RetentionRun } from './retention.service';
export { REMOVED_TEXT } from './anonymise';
export const retentionResolvers = [RetentionResolver, ComplaintRetentionResolver] as const;
