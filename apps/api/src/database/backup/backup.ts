import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from '../embedded-database';
import { BackupError } from './backup-error';
import { backupKindOf, defaultBackupFile, type BackupKind } from './backup-file';
import { backupEmbedded, restoreEmbedded } from './embedded-backup';
import { backupPostgres, restorePostgres } from './postgres-backup';
import { checkDatabase, type DatabaseCheck } from './restored-database-check';

/** The database to back up or restore into: the PostgreSQL at databaseUrl, else the embedded one in dataDir. */
export type DatabaseLocation = Pick<AppConfig, 'databaseUrl' | 'dataDir'>;

export interface BackupResult {
  kind: BackupKind;
  file: string;
  bytes: number;
}

export interface RestoreResult {
  kind: BackupKind;
  /** With --clean on the embedded database: where the database that was there now is. */
  setAside: string | null;
  check: DatabaseCheck;
}

/**
 * Backs the database up to `file` (default: a timestamped file in `backupsDir`). The backup is written
 * under a temporary name and renamed when complete, so a file with the final name is a whole backup.
 */
export async function backup(
  location: DatabaseLocation,
  file: string | null,
  backupsDir: string,
): Promise<BackupResult> {
  const kind: BackupKind = location.databaseUrl === null ? 'embedded' : 'postgres';
  const target = file ?? defaultBackupFile(kind, backupsDir);
  if (existsSync(target)) throw new BackupError(`${target} already exists: choose another name with --out.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    if (location.databaseUrl === null) await backupEmbedded(location.dataDir, partial);
    else await backupPostgres(location.databaseUrl, partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return { kind, file: target, bytes: statSync(target).size };
}

/**
 * Restores `file` into the database, which must be empty unless `clean`, then checks every board's
 * audit chain and seq (the result says whether they hold).
 */
export async function restore(
  location: DatabaseLocation,
  file: string,
  clean: boolean,
): Promise<RestoreResult> {
  const kind = backupKindOf(file);
  if (location.databaseUrl === null) {
    if (kind !== 'embedded')
      throw wrongKind('a pg_dump of a PostgreSQL database', 'set DATABASE_URL to an empty database');
    const setAside = await restoreEmbedded(location.dataDir, file, clean);
    return { kind, setAside, check: await checkEmbedded(location.dataDir) };
  }
  if (kind !== 'postgres') throw wrongKind('a backup of the embedded database', 'unset DATABASE_URL');
  await restorePostgres(location.databaseUrl, file, clean);
  return { kind, setAside: null, check: await checkDatabase({ url: location.databaseUrl, poolSize: 2 }) };
}

/** Opened again from its folder, as the server will: also proves the restored files start. */
async function checkEmbedded(dataDir: string): Promise<DatabaseCheck> {
  const embedded = await startEmbeddedDatabase(dataDir, 'a restore');
  try {
    return await checkDatabase({ url: embedded.url, poolSize: EMBEDDED_POOL_SIZE });
  } finally {
    await embedded.stop();
  }
}

function wrongKind(what: string, remedy: string): BackupError {
  return new BackupError(`This file is ${what}: to restore it, ${remedy} and run the restore again.`);
}
