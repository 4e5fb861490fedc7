import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ADVISORY_LOCKS, whileLocked } from './advisory-lock';
import { typeOrmOptions, type DatabaseConnection } from './typeorm-options';

/** The one place that knows how to reach the database. */
@Module({})
export class DatabaseModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        // forRootAsync: the embedded database's URL is only known once it has started.
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...typeOrmOptions(connection), migrationsRun: false }),
          dataSourceFactory: (options) => migrated(options!),
        }),
      ],
    };
  }
}

/**
 * Connects and brings the schema up to date. Several API processes starting at once on one PostgreSQL
 * migrate one after the other: the first migrates, the others find nothing to do.
 */
async function migrated(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  await whileLocked(dataSource, ADVISORY_LOCKS.migrations, () =>
    dataSource.runMigrations({ transaction: 'each' }),
  );
  return dataSource;
}
