import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the normal `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PostgreSQL in-process (PGlite) behind a local socket so TypeORM uses its ordinary `postgres`
 * driver. PGlite runs one query at a time: the pool that talks to it must have exactly one connection.
 *
 * @param dataDir folder for the data files, or null for a throw-away in-memory database (tests).
 */
export async function startEmbeddedDatabase(dataDir: string | null): Promise<EmbeddedDatabase> {
  let dataPath: string | undefined;
  if (dataDir !== null) {
    dataPath = join(dataDir, 'pglite');
    mkdirSync(dataPath, { recursive: true });
  }
  const db = await PGlite.create(dataPath);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** The pool size the embedded database allows. */
export const EMBEDDED_POOL_SIZE = 1;
