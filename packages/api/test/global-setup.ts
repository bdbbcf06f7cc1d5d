import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource, migrate } from '../src/db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres';
import { freePort } from './support/free-port';
import { TEMPLATE_DATABASE, withDatabase } from './support/urls';

/**
 * One PostgreSQL for the whole api suite: embedded (fresh data folder, free port) unless
 * DATABASE_URL is set. Migrations run once into the template database `chp_template`; each
 * test file then copies it (test/support/database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgres | undefined;
  let dataRoot: string | undefined;
  const teardown = async (): Promise<void> => {
    await embedded?.stop();
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  };
  try {
    let serverUrl = process.env['DATABASE_URL'];
    if (!serverUrl) {
      dataRoot = mkdtempSync(path.join(os.tmpdir(), 'chp-api-test-'));
      chmodSync(dataRoot, 0o755); // PostgreSQL runs as `postgres` when we are root
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(dataRoot, 'pgdata'),
        port: await freePort(),
        database: 'postgres',
      });
      serverUrl = embedded.url;
    }
    await recreateTemplate(serverUrl);
    project.provide('pgServerUrl', serverUrl);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function recreateTemplate(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = createDataSource(withDatabase(serverUrl, TEMPLATE_DATABASE));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy(); // a template must have no open connections when copied
  }
}
