import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock's file name inside DATA_DIR, beside (not inside) the database files a backup copies. */
export const LOCK_FILE = 'embedded-database.lock';

export class DataDirInUseError extends Error {}

/** Lock files this process holds: its own pid in a lock it did not take is a previous life's. */
const heldHere = new Set<string>();

export interface DataDirLock {
  release(): void;
}

interface LockHolder {
  pid: number;
  /** What holds it: "the Duban server", "a backup", "a restore". */
  holder: string;
}

/**
 * The embedded database's files belong to one process at a time: PGlite does not guard its data folder,
 * and a second process opening it (a second server, a backup taken while the server writes) corrupts it
 * or copies it half-written. Whoever opens the folder first writes its pid here; the others refuse.
 *
 * A lock left behind by a killed process is stale when that pid is no longer running, or is our own pid
 * but not a lock we took (a container restarted under the same pid). Two processes that find the same
 * stale lock in the same instant could both take it over; starting two at once after a crash is not
 * something this guards against.
 */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  mkdirSync(dataDir, { recursive: true });
  if (!tryCreate(file, holder)) {
    const current = readHolder(file);
    if (current && (heldHere.has(file) || isRunning(current.pid))) throw inUse(dataDir, current);
    rmSync(file, { force: true });
    if (!tryCreate(file, holder)) throw inUse(dataDir, readHolder(file));
  }
  heldHere.add(file);
  return { release: () => release(file) };
}

/** Creates the lock file only if there is none (O_EXCL): false when someone else's is there. */
function tryCreate(file: string, holder: string): boolean {
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, holder } satisfies LockHolder), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function inUse(dataDir: string, current: LockHolder | null): DataDirInUseError {
  const who = current ? `${current.holder} (process ${current.pid})` : 'another process';
  return new DataDirInUseError(
    `The embedded database in ${dataDir} is in use by ${who}. ` +
      'Stop it first: one process at a time may open the data folder.',
  );
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, holder: parsed.holder ?? 'another process' }
      : null;
  } catch {
    // Unreadable or half-written by a process killed while writing it: nobody holds it.
    return null;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(file: string): void {
  if (!heldHere.delete(file)) return;
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}
