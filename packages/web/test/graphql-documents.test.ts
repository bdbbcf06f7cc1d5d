import { readFileSync } from 'node:fs';
import {
  buildSchema,
  Kind,
  NoUnusedFragmentsRule,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { dashboardDocuments } from './dashboard-documents';

// Every GraphQL document the dashboard sends, checked against the API's committed schema, so a
// renamed field or a wrong argument fails `npm run check` instead of a page in production.
const schema = buildSchema(
  readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'),
);
const documents = dashboardDocuments;

const hasOperation = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);

describe('the dashboard’s GraphQL documents', () => {
  it('are found in the source (the check is not vacuous)', () => {
    expect(documents.filter((d) => hasOperation(d.document)).length).toBeGreaterThan(20);
  });

  it.each(documents)('$label validates against packages/api/schema.graphql', ({ document }) => {
    // A fragment exported on its own is used by other documents, not by itself.
    const rules = hasOperation(document)
      ? specifiedRules
      : specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });
});
