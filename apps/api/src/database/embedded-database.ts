import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the normal `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/** The database files inside DATA_DIR. */
export function embeddedDataPath(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * Runs PostgreSQL in-process (PGlite) behind a local socket so TypeORM uses its ordinary `postgres`
 * driver. PGlite runs one query at a time: the pool that talks to it must have exactly one connection.
 * A data folder is locked while open (see data-dir-lock.ts).
 *
 * @param dataDir folder for the data files, or null for a throw-away in-memory database (tests).
 * @param holder who opens it, named to whoever else tries while it is open.
 */
export async function startEmbeddedDatabase(
  dataDir: string | null,
  holder = 'the Duban server',
): Promise<EmbeddedDatabase> {
  let dataPath: string | undefined;
  let lock: DataDirLock | undefined;
  if (dataDir !== null) {
    dataPath = embeddedDataPath(dataDir);
    mkdirSync(dataPath, { recursive: true });
    lock = lockDataDir(dataDir, holder);
  }
  try {
    const db = await PGlite.create(dataPath);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** The pool size the embedded database allows. */
export const EMBEDDED_POOL_SIZE = 1;
