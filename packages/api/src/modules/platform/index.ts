/**
 * Platform: the platform administrator creates organisations (with a first administrator) and
 * groups, and puts organisations in groups.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { PlatformResolver } from './platform.resolver';
