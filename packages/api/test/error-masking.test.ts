import { authChecker } from '../src/core/auth-checker';
import { GraphQLError } from 'graphql';
import { Query, Resolver } from 'type-graphql';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorMasking } from '../src/core/error-masking';
import { resolvers } from '../src/app/resolvers';
import { createApp } from '../src/app/server/app';
import { createTestDatabase, type TestDatabase } from './support/database';
import { listen, postGraphQL } from './support/http';
import { memoryLog } from './support/memory-log';

@Resolver()
class FailingResolver {
  @Query(() => String)
  brokenReport(): string {
    throw new Error('connection to 10.0.0.7 refused: secret detail');
  }

  @Query(() => String)
  missingComplaint(): string {
    throw new GraphQLError('Complaint not found', { extensions: { code: 'NOT_FOUND' } });
  }
}

describe('error masking', () => {
  it('turns an unknown internal error into INTERNAL_SERVER_ERROR without its message', () => {
    const log = memoryLog();
    const { formatError } = createErrorMasking(log);
    const original = new GraphQLError('boom', { originalError: new Error('password=hunter2') });
    const formatted = formatError(
      {
        message: 'password=hunter2',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] },
      },
      original,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('hunter2');
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
  });

  it('passes a GraphQLError with its own code through, without a stack trace', () => {
    const { formatError } = createErrorMasking(memoryLog());
    const error = new GraphQLError('Complaint not found', { extensions: { code: 'NOT_FOUND' } });
    expect(
      formatError(
        { message: 'Complaint not found', extensions: { code: 'NOT_FOUND', stacktrace: ['x'] } },
        error,
      ),
    ).toEqual({
      message: 'Complaint not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  describe('over HTTP', () => {
    let db: TestDatabase;
    let server: Awaited<ReturnType<typeof listen>>;
    const log = memoryLog();

    beforeAll(async () => {
      db = await createTestDatabase();
      const schema = await buildSchema({
        resolvers: [...resolvers, FailingResolver],
        validate: true,
        authChecker,
      });
      const { app } = await createApp({
        dataSource: db.dataSource,
        schema,
        webDist: '/nonexistent',
        log,
      });
      server = await listen(app);
    });
    afterAll(async () => {
      await server?.close();
      await db?.drop();
    });

    it('shows the client only a request id, and logs the real error under that id', async () => {
      const res = await postGraphQL<unknown>(server.url, '{ brokenReport }');
      const [error] = res.body.errors ?? [];
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toContain('secret detail');
      const requestId = error?.extensions?.['requestId'];
      expect(typeof requestId).toBe('string');
      const logged = log.lines.find(
        (l) => l.level === 'error' && l.message.includes(String(requestId)),
      );
      expect(String((logged?.detail as Error | undefined)?.message)).toContain('secret detail');
    });

    it('lets a coded error such as NOT_FOUND reach the client as it is', async () => {
      const res = await postGraphQL<unknown>(server.url, '{ missingComplaint }');
      expect(res.body.errors?.[0]).toMatchObject({
        message: 'Complaint not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('reports a malformed query as GRAPHQL_PARSE_FAILED, not as an internal error', async () => {
      const res = await postGraphQL<unknown>(server.url, '{ health {');
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('does not echo a client-chosen x-request-id when no proxy is trusted (TRUST_PROXY=0)', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-id' },
        body: JSON.stringify({ query: '{ brokenReport }' }),
      });
      const body = JSON.stringify(await res.json());
      expect(body).not.toContain('client-chosen-id');
      expect(res.headers.get('x-request-id')).toBeNull();
    });
  });
});
