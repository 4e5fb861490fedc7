import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { typeOrmOptions, type DatabaseConnection } from './typeorm-options';

/** The one place that knows how to reach the database. */
@Module({})
export class DatabaseModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        // forRootAsync: the embedded database's URL is only known once it has started.
        TypeOrmModule.forRootAsync({ useFactory: () => typeOrmOptions(connection) }),
      ],
    };
  }
}
