import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { databaseLocation } from '../../config/app-config';
import { DataDirInUseError } from '../data-dir-lock';
import { backup, restore, type BackupResult, type RestoreResult } from './backup';
import { BackupError } from './backup-error';

const USAGE = `Usage:
  npm run backup [-- --out FILE]       back up the database (default: backups/duban-<time>.dump or .tar.gz)
  npm run restore -- FILE [--clean]    restore FILE into an empty database, then verify every board's audit chain

The database is the one the server uses: DATABASE_URL (pg_dump / pg_restore), or without it the embedded
database in DATA_DIR (default ./data), which must not be in use by a running server.`;

/** `node dist/database/backup/backup-command.js backup|restore …`, what `npm run backup|restore` runs. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, clean: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const [command, file, ...extra] = positionals;
  if (values.help) return usage(0);
  const location = databaseLocation();
  if (command === 'backup' && file === undefined && !values.clean) {
    const out = values.out === undefined ? null : fromCaller(values.out);
    printBackup(await backup(location, out, resolve('backups')));
    return 0;
  }
  if (command === 'restore' && file !== undefined && extra.length === 0 && values.out === undefined) {
    const result = await restore(location, fromCaller(file), values.clean ?? false);
    printRestore(result);
    return result.check.ok ? 0 : 1;
  }
  return usage(2);
}

/** npm runs scripts in the repository root; a file named on the command line is where the user was. */
function fromCaller(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function usage(status: number): number {
  (status === 0 ? console.log : console.error)(USAGE);
  return status;
}

function printBackup({ kind, file, bytes }: BackupResult): void {
  const what = kind === 'postgres' ? 'the PostgreSQL database at DATABASE_URL' : 'the embedded database';
  console.log(`Backed up ${what} to ${file} (${Math.max(1, Math.round(bytes / 1024))} kB).`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function printRestore({ setAside, check }: RestoreResult): void {
  if (setAside) console.log(`The database that was in DATA_DIR is kept in ${setAside}.`);
  const counts = [
    count(check.boards.length, 'board'),
    count(check.tasks, 'task'),
    count(check.events, 'event'),
  ];
  console.log(`Restored ${counts.join(', ')}.`);
  for (const board of check.boards) {
    const state = board.ok
      ? `ok: seq ${board.seq}, ${count(board.intactEvents, 'event')}, hash chain intact`
      : `BROKEN at seq ${board.firstBrokenSeq}: ${count(board.intactEvents, 'intact event')}, board seq ${board.seq}`;
    console.log(`  ${board.ok ? '✓' : '✗'} ${board.title} (${board.boardId}) ${state}`);
  }
  if (check.ok) console.log("Every board's audit chain verifies and its seq is its newest event's.");
  else
    console.error('The restored audit log does NOT verify (see ✗ above): do not use this database as it is.');
}

function explain(error: unknown): void {
  if (error instanceof BackupError || error instanceof DataDirInUseError) console.error(error.message);
  // parseArgs refuses an unknown option with a coded TypeError.
  else if (error instanceof TypeError && 'code' in error) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error);
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    explain(error);
    process.exit(1);
  },
);
