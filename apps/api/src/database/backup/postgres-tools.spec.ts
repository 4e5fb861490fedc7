import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresTool } from './postgres-tools';

describe('findPostgresTool', () => {
  let root: string;

  function install(dir: string, tool: string): string {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, tool);
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'duban-pg-tools-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the tool on PATH first', () => {
    const onPath = install(join(root, 'bin'), 'pg_dump');
    install(join(root, 'lib', '16', 'bin'), 'pg_dump');
    expect(findPostgresTool('pg_dump', join(root, 'bin'), join(root, 'lib'))).toBe(onPath);
  });

  it("else the newest major version's under the Debian folder, 16 before 9", () => {
    install(join(root, 'lib', '9', 'bin'), 'pg_restore');
    const newest = install(join(root, 'lib', '16', 'bin'), 'pg_restore');
    install(join(root, 'lib', '15', 'bin'), 'pg_restore');
    expect(findPostgresTool('pg_restore', join(root, 'empty'), join(root, 'lib'))).toBe(newest);
  });

  it('says how to install the tools when there are none', () => {
    expect(() => findPostgresTool('pg_dump', '', join(root, 'none'))).toThrow(
      /pg_dump was not found on PATH or in .*\/none\/\*\/bin\. Install the PostgreSQL client tools/,
    );
  });
});
