import { QueryFailedError } from 'typeorm';
import { describeUnexpectedError } from './unexpected-error-log';

/** A failed query as TypeORM reports it: the SQL, its parameters, and PostgreSQL's error. */
function failedQuery(message: string, fields: Record<string, string>): QueryFailedError {
  const query = 'SELECT "user"."id" FROM "users" "user" WHERE "user"."username" = $1 AND "user"."id" = $2';
  const driverError = Object.assign(new Error(message), fields);
  return new QueryFailedError(query, ['li.ming', 'hunter2-secret'], driverError);
}

describe('describeUnexpectedError', () => {
  it('logs the class, code, schema names and SQL of a failed query, never the values sent', () => {
    const error = failedQuery('invalid input syntax for type uuid: "hunter2-secret"', {
      code: '22P02',
      detail: 'Key (username)=(li.ming) already exists.',
      where: "unnamed portal parameter $2 = '...'",
      table: 'users',
    });

    const entry = describeUnexpectedError(error);

    expect(entry).toMatch(
      /^QueryFailedError 22P02: invalid input syntax for type uuid: "\[value hidden\]"; table users/,
    );
    expect(entry).toContain('Query: SELECT "user"."id" FROM "users"');
    expect(entry).toMatch(/\n\s+at /);
    expect(entry).not.toMatch(/hunter2|li\.ming|portal/);
  });

  it('keeps the names PostgreSQL quotes when the query has them', () => {
    const error = failedQuery('column "username" of relation "users" does not exist', { code: '42703' });
    expect(describeUnexpectedError(error)).toContain('column "username" of relation "users" does not exist');
  });

  it('logs any other error with its class, message and stack', () => {
    const entry = describeUnexpectedError(new TypeError('boom'));
    expect(entry).toMatch(/^TypeError: boom\n\s+at /);
    expect(describeUnexpectedError('a string')).toBe('Unexpected string thrown');
  });
});
