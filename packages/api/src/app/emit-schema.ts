import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { apiPackageDir } from '../paths';
import { buildChpSchema } from './schema';

/** The SDL committed as packages/api/schema.graphql. */
export async function printChpSchema(): Promise<string> {
  return `${printSchema(await buildChpSchema())}\n`;
}

export const schemaFile = path.join(apiPackageDir, 'schema.graphql');

if (require.main === module) {
  printChpSchema()
    .then((sdl) => {
      writeFileSync(schemaFile, sdl);
      console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
