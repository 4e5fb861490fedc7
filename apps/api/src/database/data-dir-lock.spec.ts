import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  let dataDir: string;
  const lockFile = () => join(dataDir, LOCK_FILE);
  const lockedBy = (pid: number, holder = 'the Duban server') =>
    writeFileSync(lockFile(), JSON.stringify({ pid, holder }));

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'duban-lock-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes our pid while held and removes the file on release', () => {
    const lock = lockDataDir(dataDir, 'a backup');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual({ pid: process.pid, holder: 'a backup' });
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses while another running process holds the folder, naming it', () => {
    lockedBy(process.ppid);
    expect(() => lockDataDir(dataDir, 'a backup')).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dataDir, 'a backup')).toThrow(
      `in use by the Duban server (process ${process.ppid}). Stop it first`,
    );
  });

  it('refuses a second open in this process while the first holds it', () => {
    const first = lockDataDir(dataDir, 'the Duban server');
    expect(() => lockDataDir(dataDir, 'a restore')).toThrow(DataDirInUseError);
    first.release();
    lockDataDir(dataDir, 'a restore').release();
  });

  it('takes over a lock left by a process that was killed', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    lockedBy(gone);
    lockDataDir(dataDir, 'the Duban server').release();
  });

  it('takes over a lock with our own pid that we did not take: a container restarted under the same pid', () => {
    lockedBy(process.pid);
    lockDataDir(dataDir, 'the Duban server').release();
  });

  it('takes over a lock file that was left half-written', () => {
    writeFileSync(lockFile(), '{"pi');
    lockDataDir(dataDir, 'the Duban server').release();
  });
});
