import { Kind, type DocumentNode } from 'graphql';

/** Every GraphQL document the dashboard's source exports, with the file and name it comes from. */
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '../src/**/*.{ts,tsx}',
    '!../src/main.tsx',
    '!../src/**/*.test.{ts,tsx}',
    '!../src/generated/**',
  ],
  { eager: true },
);

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;

export const dashboardDocuments = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isDocument(value))
    .map(([name, value]) => ({
      label: `${file.replace('../src/', '')} ${name}`,
      document: value as DocumentNode,
    })),
);
