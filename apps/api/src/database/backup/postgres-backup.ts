import { Client } from 'pg';
import { BackupError } from './backup-error';
import { runPostgresTool } from './postgres-tools';

/** `pg_dump --format=custom`: compressed, and pg_restore picks what to restore and in which order. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await runPostgresTool('pg_dump', url, ['--format=custom', `--file=${file}`]);
}

/**
 * pg_restore into the database at `url`, in one transaction: a restore that fails leaves the database as
 * it was. The target must hold no tables unless `clean`, which drops and recreates the backup's objects.
 * Owners and grants are not restored: the user of DATABASE_URL owns what it restores, as the server's
 * migrations expect. Table data comes before triggers and constraints in a custom-format archive, and the
 * event log's append-only trigger only refuses UPDATE, DELETE and TRUNCATE, never the restore's COPY;
 * `--clean` drops the table (DROP TABLE is none of those) before recreating it.
 */
export async function restorePostgres(url: string, file: string, clean: boolean): Promise<void> {
  const tables = await userTables(url);
  if (tables.length > 0 && !clean) {
    throw new BackupError(
      `The database at DATABASE_URL is not empty (${describeTables(tables)}). Restore into a new, empty ` +
        'database (createdb, then point DATABASE_URL at it), or pass --clean to replace what the backup holds.',
    );
  }
  const cleanArgs = clean ? ['--clean', '--if-exists'] : [];
  await runPostgresTool('pg_restore', url, [
    '--single-transaction',
    '--exit-on-error',
    '--no-owner',
    '--no-privileges',
    ...cleanArgs,
    file,
  ]);
}

/** Tables, views and sequences outside the system schemas. */
async function userTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw new BackupError(`Cannot connect to the database at DATABASE_URL: ${error.message}`);
  });
  try {
    const result = await client.query<{ name: string }>(`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      ORDER BY c.relname`);
    return result.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

function describeTables(tables: string[]): string {
  const shown = tables.slice(0, 5).join(', ');
  return tables.length > 5 ? `${tables.length} tables and sequences: ${shown}, …` : shown;
}
