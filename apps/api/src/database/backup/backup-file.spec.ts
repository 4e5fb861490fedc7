import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError } from './backup-error';
import { backupKindOf, defaultBackupFile } from './backup-file';

describe('backup files', () => {
  let dir: string;
  const file = (name: string, content: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duban-backup-file-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tells a pg_dump archive from an embedded tarball by their first bytes, whatever the name', () => {
    expect(backupKindOf(file('a.tar.gz', 'PGDMP\x01\x0e\x00'))).toBe('postgres');
    expect(backupKindOf(file('b.dump', Buffer.from([0x1f, 0x8b, 0x08, 0x00])))).toBe('embedded');
  });

  it('refuses anything else, and a file it cannot read, saying why', () => {
    expect(() => backupKindOf(file('c.sql', 'CREATE TABLE boards ();'))).toThrow(/is not a Duban backup/);
    expect(() => backupKindOf(join(dir, 'missing.dump'))).toThrow(BackupError);
  });

  it('names a backup by the time it was taken, sortable and valid on every file system', () => {
    const at = new Date('2026-12-04T16:30:05.123Z');
    expect(defaultBackupFile('postgres', '/backups', at)).toBe('/backups/duban-2026-12-04T16-30-05Z.dump');
    expect(defaultBackupFile('embedded', '/backups', at)).toBe('/backups/duban-2026-12-04T16-30-05Z.tar.gz');
  });
});
