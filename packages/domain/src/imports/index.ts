export * from './importColumns';
export * from './importValues';
export * from './checkImportRow';
