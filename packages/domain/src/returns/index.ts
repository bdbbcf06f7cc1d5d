export * from './arc';
export * from './reconciliation';
export * from './spsoLayout';
export * from './statisticsCube';
