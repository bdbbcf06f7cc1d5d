export * from './importColumns';
export * from './importValues';
export * from './checkImportRow';
export * from './actionImportColumns';
export * from './checkActionImportRow';
