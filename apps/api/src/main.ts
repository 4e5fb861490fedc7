import { Logger } from '@nestjs/common';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { DataDirInUseError } from './database/data-dir-lock';
import {
  EMBEDDED_POOL_SIZE,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './database/embedded-database';
import { createApp } from './server';

const DEFAULT_POOL_SIZE = 10;

async function main(): Promise<void> {
  const logger = new Logger('Duban');
  let embedded: EmbeddedDatabase | undefined;
  try {
    const config = loadConfig();
    if (config.databaseUrl === null) {
      logger.log(`Starting the embedded PostgreSQL (PGlite) with its data in ${config.dataDir}`);
      embedded = await startEmbeddedDatabase(config.dataDir);
    }
    const database = embedded
      ? { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE }
      : { url: config.databaseUrl!, poolSize: DEFAULT_POOL_SIZE };
    const app = await createApp(config, database);
    const started = embedded;
    if (started) process.once('beforeExit', () => void started.stop());
    // No HOST listens on every interface, as Node does by default.
    await (config.host === null ? app.listen(config.port) : app.listen(config.port, config.host));
    const shownHost = config.host ?? 'localhost';
    logger.log(`Duban is running on http://${shownHost}:${config.port} (API docs: /api/docs)`);
  } catch (error) {
    // Both say what to do; a stack would only hide it.
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      logger.error(error.message);
    } else {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
