/**
 * Exports: the register as CSV or XLSX, the organisation's data as a zip of CSVs or one XLSX,
 * and a subject access download for one person (docs/api.md, Downloads).
 * What other modules and the app may use; everything else in this folder is the module's own
 * (test/import-boundaries.test.ts).
 */
export {
  exportOrganisation,
  exportRegister,
  exportSubjectAccess,
  type DownloadHead,
} from './exports.service';
export { EXPORTED_TABLES, NOT_EXPORTED } from './organisation-tables';
