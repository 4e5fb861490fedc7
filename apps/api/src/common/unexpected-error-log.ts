import { QueryFailedError } from 'typeorm';

/** The fields of a PostgreSQL error that name schema objects; its `detail` and `where` hold row values. */
interface PostgresErrorFields {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
}

/**
 * An unexpected error as one log entry: its class, message and stack and, for a failed query, the
 * PostgreSQL code, the schema objects involved and the SQL text. Never the values: TypeORM's error carries
 * the query's parameters, and PostgreSQL's `detail` ("Failing row contains …"), `where` and quoted parts of
 * its message repeat what a user sent (passwords, comments, personal data), which has no place in a log.
 */
export function describeUnexpectedError(error: unknown): string {
  if (!(error instanceof Error)) return `Unexpected ${typeof error} thrown`;
  const frames = stackFramesOf(error);
  if (!(error instanceof QueryFailedError)) return [`${error.name}: ${error.message}`, ...frames].join('\n');
  const query = typeof error.query === 'string' ? error.query : '';
  const fields = error.driverError as PostgresErrorFields;
  const names = (['table', 'column', 'constraint', 'dataType'] as const)
    .filter((name) => fields[name] !== undefined)
    .map((name) => `${name} ${fields[name]}`);
  const header = `${error.name} ${fields.code ?? '(no code)'}: ${withoutQuotedValues(error.message, query)}`;
  return [[header, ...names].join('; '), `Query: ${query}`, ...frames].join('\n');
}

/**
 * PostgreSQL quotes values in its messages (`invalid input syntax for type uuid: "…"`) as it quotes
 * names. Quoted text the query itself has as a quoted identifier is a name; anything else may be a value.
 */
function withoutQuotedValues(message: string, query: string): string {
  return message.replace(/"([^"]*)"/g, (quoted, text: string) =>
    text !== '' && query.includes(`"${text}"`) ? quoted : '"[value hidden]"',
  );
}

/** The "at …" lines of the stack: its first line repeats the message, values and all. */
function stackFramesOf(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
}
