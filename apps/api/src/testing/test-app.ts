import { DEFAULT_ATTACHMENT_MAX_BOARD_BYTES, DEFAULT_ATTACHMENT_MAX_FILE_BYTES } from '@duban/contracts';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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

export interface TestDatabaseOptions {
  /**
   * Keep an embedded database's files in a temporary folder rather than in memory. An in-memory one holds
   * every stored byte in this process, which a spec measuring this process's memory must not count.
   */
  embeddedOnDisk?: boolean;
}

/**
 * A fresh, empty database for one test file: a new database on the PostgreSQL at DATABASE_URL, or an
 * embedded PostgreSQL (in memory unless asked otherwise) when DATABASE_URL is unset.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const folder = options.embeddedOnDisk ? mkdtempSync(join(tmpdir(), 'duban-test-db-')) : null;
    const embedded = await startEmbeddedDatabase(folder);
    return {
      connection: { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE },
      drop: async () => {
        await embedded.stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
      },
    };
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
    attachmentLimits: {
      fileBytes: DEFAULT_ATTACHMENT_MAX_FILE_BYTES,
      boardBytes: DEFAULT_ATTACHMENT_MAX_BOARD_BYTES,
    },
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
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  databaseOptions: TestDatabaseOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase(databaseOptions);
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

/** Several API processes' worth of the app on one fresh database, linked through Redis (REDIS_URL). */
export interface TestCluster {
  /** One app per process, each listening on its own port. */
  apps: TestApp[];
  /** The database they share. */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * `count` apps on one fresh database (PostgreSQL at DATABASE_URL: the embedded one serves one process),
 * linked by the Socket.IO Redis adapter at `redisUrl` under a key prefix of their own.
 */
export async function startTestCluster(
  count: number,
  redisUrl: string,
  { together = false }: { together?: boolean } = {},
): Promise<TestCluster> {
  if (!process.env.DATABASE_URL) throw new Error('A cluster needs a PostgreSQL server: set DATABASE_URL');
  const database = await createTestDatabase();
  const config = testConfig({ redisUrl, redisKeyPrefix: `duban-test-${randomBytes(4).toString('hex')}:` });
  const apps: TestApp[] = [];
  try {
    const start = async (): Promise<TestApp> => {
      const app = await createApp(config, database.connection, { logger: false });
      await app.listen(0, '127.0.0.1');
      return {
        app,
        url: await app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1')),
        dataSource: app.get(DataSource),
        close: () => app.close(),
      };
    };
    // `together`: all at once on the empty database, as processes started together do (they take turns
    // to migrate); else one after the other.
    if (together) {
      const started = await Promise.allSettled(Array.from({ length: count }, start));
      for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    } else {
      for (let index = 0; index < count; index += 1) apps.push(await start());
    }
  } catch (error) {
    await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
    await database.drop();
    throw error;
  }
  return {
    apps,
    databaseUrl: database.connection.url,
    async close() {
      await Promise.all(apps.map((app) => app.close()));
      await database.drop();
    },
  };
}
