import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from '../database/embedded-database';
import type { DatabaseConnection } from '../database/typeorm-options';
import { createApp } from '../server';

export const TEST_ADMIN = { username: 'admin', password: 'admin-password' };

export interface TestDatabase {
  connection: DatabaseConnection;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the PostgreSQL at DATABASE_URL, or an
 * in-memory embedded PostgreSQL when DATABASE_URL is unset.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase(null);
    return { connection: { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE }, drop: () => embedded.stop() };
  }
  const name = `duban_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    connection: { url: url.toString(), poolSize: 10 },
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: null,
    trustProxy: false,
    redisUrl: null,
    redisKeyPrefix: 'duban-test:',
    databaseUrl: null,
    dataDir: join(tmpdir(), 'duban-test'),
    jwtSecret: 'test-secret-not-for-production',
    demo: false,
    // The demo's language is chosen here, never by the locale of the machine running the tests.
    demoLanguage: 'en',
    admin: TEST_ADMIN,
    webDistDir: null,
    // Tests run time-driven jobs themselves, with a controlled clock.
    schedulerIntervalMs: 0,
    ...overrides,
  };
}

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:PORT */
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The whole app on a fresh database, listening on a free port. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  let app: INestApplication | undefined;
  try {
    app = await createApp(testConfig(overrides), database.connection, { logger: false });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const started = app;
  return {
    app: started,
    url: await started.getUrl().then((url) => url.replace('[::1]', '127.0.0.1')),
    dataSource: started.get(DataSource),
    async close() {
      await started.close();
      await database.drop();
    },
  };
}
