import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled API (packages/api/dist, CommonJS), loaded from the bench's ES modules. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const apiDir = path.join(repoRoot, 'packages', 'api');
const requireApi = createRequire(path.join(apiDir, 'package.json'));

export function api(modulePath) {
  try {
    return requireApi(path.join(apiDir, 'dist', modulePath));
  } catch (error) {
    if (error?.code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `packages/api/dist/${modulePath} is missing: run \`npm run bench\` (it builds first) or \`npm run build -w @chp/domain -w @chp/api\``,
        { cause: error },
      );
    }
    throw error;
  }
}

/** A package as the API resolves it (@chp/domain, pg, typeorm...). */
export const apiRequire = requireApi;
