import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// Deadlines are calendar dates: keep PostgreSQL's "YYYY-MM-DD" instead of a Date at local midnight.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

export interface DatabaseConnection {
  url: string;
  poolSize: number;
}

export function typeOrmOptions({ url, poolSize }: DatabaseConnection): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize },
  };
}
