import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { BackupError } from './backup-error';

export type PostgresTool = 'pg_dump' | 'pg_restore';

/** Where Debian and Ubuntu install each major version's client tools, which need not be on PATH. */
const DEBIAN_TOOLS = '/usr/lib/postgresql';

/**
 * The tool on PATH, else the newest major version's under /usr/lib/postgresql: pg_dump refuses a
 * server newer than itself, so the newest installed is the one most likely to work.
 */
export function findPostgresTool(
  tool: PostgresTool,
  path = process.env.PATH ?? '',
  debianTools = DEBIAN_TOOLS,
): string {
  const onPath = path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, tool));
  const found = [...onPath, ...installedVersions(debianTools, tool)].find(isExecutable);
  if (found) return found;
  throw new BackupError(
    `${tool} was not found on PATH or in ${debianTools}/*/bin. Install the PostgreSQL client tools of ` +
      "the server's major version or newer (Debian/Ubuntu: apt-get install postgresql-client).",
  );
}

function installedVersions(root: string, tool: PostgresTool): string[] {
  let versions: string[];
  try {
    versions = readdirSync(root).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return versions.sort((a, b) => Number(b) - Number(a)).map((version) => join(root, version, 'bin', tool));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a client tool against the database at `url`. The password goes in PGPASSWORD rather than on the
 * command line, where every local user could read it in the process list.
 */
export async function runPostgresTool(tool: PostgresTool, url: string, args: string[]): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
  const executable = findPostgresTool(tool);
  try {
    await promisify(execFile)(executable, [`--dbname=${target.toString()}`, ...args], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupError(`${tool} failed${stderr ? `:\n${stderr}` : `: ${String(error)}`}`);
  }
}
