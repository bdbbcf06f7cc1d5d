export * from './letterKinds';
export * from './letterBlocks';
export * from './letterPlaceholders';
export * from './fillLetter';
export * from './checkLetter';
export * from './defaultLetterTemplates';
