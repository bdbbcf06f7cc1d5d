/**
 * Audit: the append-only log of who changed what, and its query.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { AuditLog } from './audit-log.entity';
export { AuditResolver } from './audit.resolver';
