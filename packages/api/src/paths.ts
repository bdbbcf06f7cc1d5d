import path from 'node:path';

/** The api package folder (this file lives in src/ or, compiled, in dist/). */
export const apiPackageDir = path.resolve(__dirname, '..');

/** The repository root: packages/api/../.. */
export const repoRoot = path.resolve(apiPackageDir, '..', '..');
