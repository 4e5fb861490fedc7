// Used only by the TypeORM CLI (`npm run migration:generate`); the app builds its DataSource in DatabaseModule.
import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm-options';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database to generate migrations against');

export default new DataSource({ ...typeOrmOptions({ url, poolSize: 2 }), migrationsRun: false });
