export * from './questions';
export * from './eligibility';
export * from './results';
