import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printChpSchema, schemaFile } from '../src/app/emit-schema';

describe('the committed schema.graphql', () => {
  it('matches the schema the resolvers build', async () => {
    const committed = readFileSync(schemaFile, 'utf8');
    const built = await printChpSchema();
    expect(
      committed === built,
      'packages/api/schema.graphql is out of date: run `npm run schema -w @chp/api`',
    ).toBe(true);
  });
});
