import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './backup-error';

/** What a backup file holds, told by its first bytes rather than its name. */
export type BackupKind = 'postgres' | 'embedded';

const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export function backupKindOf(file: string): BackupKind {
  const head = Buffer.alloc(PG_DUMP_MAGIC.length);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    throw new BackupError(`Cannot read the backup ${file}: ${(error as Error).message}`);
  }
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  if (head.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC)) return 'postgres';
  if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) return 'embedded';
  throw new BackupError(
    `${file} is not a Duban backup: neither a pg_dump custom-format archive nor an embedded database tarball.`,
  );
}

/** backups/duban-2026-12-04T16-30-05Z.dump (PostgreSQL) or .tar.gz (embedded). */
export function defaultBackupFile(kind: BackupKind, directory: string, date = new Date()): string {
  return join(directory, `duban-${timestamp(date)}${kind === 'postgres' ? '.dump' : '.tar.gz'}`);
}

/** 2026-12-04T16-30-05Z: sorts by time and is a valid file name everywhere. */
export function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}
