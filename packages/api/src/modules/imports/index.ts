/**
 * Imports: complaints with their whole journey from CSV and XLSX files (docs/procedure.md,
 * Importing complaints). What the app and the command line may use.
 */
export {
  importComplaints,
  type ImportOptions,
  type ImportReport,
  type ImportMode,
} from './import.service';
export { formatOf, type ImportFormat } from './import-reader';
export { importFromUpload } from './import-upload';
export { ImportResolver, IMPORTERS } from './import.resolver';
export { readHeader, templateCsv, templateXlsx } from './import-template';
