import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiPackageDir } from './paths';

/** The api package version from its package.json. */
export const version: string = (
  JSON.parse(readFileSync(path.join(apiPackageDir, 'package.json'), 'utf8')) as { version: string }
).version;
