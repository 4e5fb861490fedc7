import type { DataSource } from 'typeorm';

/**
 * What several API processes on one PostgreSQL take turns with (PostgreSQL session advisory locks, each a
 * pair of int4: 'duban' and four letters of what it guards).
 */
export const ADVISORY_LOCKS = {
  migrations: [0x6475_6261, 0x6d69_6772],
  bootstrap: [0x6475_6261, 0x626f_6f74],
  schedulerTick: [0x6475_6261, 0x7469_636b],
} as const satisfies Record<string, readonly [number, number]>;

type AdvisoryLock = (typeof ADVISORY_LOCKS)[keyof typeof ADVISORY_LOCKS];

/**
 * Runs `work` while holding the lock, waiting for it first. The lock is held by a connection of its own,
 * so a process that dies lets go of it with its connection. The embedded database serves one process
 * through one connection (that `work` needs): there, `work` simply runs.
 */
export async function whileLocked<T>(
  dataSource: DataSource,
  lock: AdvisoryLock,
  work: () => Promise<T>,
): Promise<T> {
  const outcome = await withLock(dataSource, lock, 'wait', work);
  if (!outcome.ran) throw new Error('An advisory lock that was waited for was not taken');
  return outcome.value;
}

/** Runs `work` only if the lock is free now (and holds it meanwhile); else does nothing. */
export function ifUnlocked<T>(
  dataSource: DataSource,
  lock: AdvisoryLock,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  return withLock(dataSource, lock, 'try', work);
}

async function withLock<T>(
  dataSource: DataSource,
  lock: AdvisoryLock,
  mode: 'wait' | 'try',
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (poolSize(dataSource) <= 1) return { ran: true, value: await work() };
  const runner = dataSource.createQueryRunner();
  try {
    if (mode === 'wait') {
      await runner.query('SELECT pg_advisory_lock($1, $2)', [...lock]);
    } else {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [
        ...lock,
      ])) as [{ locked: boolean }];
      if (!locked) return { ran: false };
    }
    try {
      return { ran: true, value: await work() };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [...lock]);
    }
  } finally {
    await runner.release();
  }
}

function poolSize(dataSource: DataSource): number {
  return (dataSource.options as { extra?: { max?: number } }).extra?.max ?? 10;
}
