import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir } from '../data-dir-lock';
import { embeddedDataPath } from '../embedded-database';
import { BackupError } from './backup-error';
import { timestamp } from './backup-file';

/**
 * The embedded database's folder as a gzipped tarball (PGlite's `dumpDataDir`), taken with the folder
 * locked: refused while the server runs, because PGlite lets only one process open the folder and a copy
 * taken under a running server could be half-written.
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const dataPath = embeddedDataPath(dataDir);
  if (!existsSync(join(dataPath, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dataDir} (DATA_DIR) to back up.`);
  }
  const lock = lockDataDir(dataDir, 'a backup');
  try {
    const db = await PGlite.create({ dataDir: dataPath });
    try {
      writeFileSync(file, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Fills the embedded database's folder from a backup tarball. The folder must be empty unless `clean`,
 * which keeps the database it held beside it (the path is returned) rather than deleting it. A restore
 * that fails leaves the folder as it found it.
 */
export async function restoreEmbedded(dataDir: string, file: string, clean: boolean): Promise<string | null> {
  const lock = lockDataDir(dataDir, 'a restore');
  try {
    const dataPath = embeddedDataPath(dataDir);
    const setAside = setAsideExisting(dataDir, dataPath, clean);
    try {
      mkdirSync(dataPath, { recursive: true });
      const db = await PGlite.create({ dataDir: dataPath, loadDataDir: new Blob([readFileSync(file)]) });
      await db.close();
      return setAside;
    } catch (error) {
      rmSync(dataPath, { recursive: true, force: true });
      if (setAside !== null) renameSync(setAside, dataPath);
      throw error;
    }
  } finally {
    lock.release();
  }
}

function setAsideExisting(dataDir: string, dataPath: string, clean: boolean): string | null {
  if (!existsSync(dataPath) || readdirSync(dataPath).length === 0) return null;
  if (!clean) {
    throw new BackupError(
      `${dataDir} (DATA_DIR) already holds a database. Restore into an empty DATA_DIR, or pass --clean ` +
        'to set the current database aside (it is moved, not deleted) and restore in its place.',
    );
  }
  const setAside = `${dataPath}.replaced-${timestamp()}`;
  renameSync(dataPath, setAside);
  return setAside;
}
