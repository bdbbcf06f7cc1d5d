/**
 * Imports: complaints with their whole journey, and improvement actions, from CSV and XLSX files
 * (docs/procedure.md, Importing complaints and Importing improvement actions). What the app and the command line may use.
 */
export {
  importComplaints,
  type ImportOptions,
  type ImportReport,
  type ImportMode,
} from './import.service';
export { importActions } from './action-import.service';
export { formatOf, type ImportFormat } from './import-reader';
export { loadImportMapping } from './import-mapping';
export type { ImportKind } from './import-run';
export { importFromUpload } from './import-upload';
export { ImportResolver, IMPORTERS } from './import.resolver';
export { readHeader, templateCsv, templateXlsx } from './import-template';
