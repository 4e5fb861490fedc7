import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

const UNIQUE_VIOLATION = '23505';

function postgresCodeOf(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return postgresCodeOf(error) === UNIQUE_VIOLATION;
}

/**
 * PostgreSQL's "data exception" codes for a value it cannot take, and what to tell the client. The schemas
 * in @duban/contracts refuse all of these first, naming the field; this is the safety net for a value one
 * of them let through, so it is still the client's 400 rather than our 500.
 */
const INPUT_PROBLEMS: Readonly<Record<string, string>> = {
  '22001': 'a value is too long',
  '22003': 'a number is out of range',
  '22007': 'a date or time is not valid',
  '22008': 'a date or time is out of range',
  '22021': 'a text contains a character that cannot be stored (such as NUL)',
  '22P02': 'a value is not valid',
  '22P05': 'a text contains a character that cannot be stored (such as NUL)',
};

/** The field PostgreSQL names when it knows it; otherwise the request as a whole. */
const UNKNOWN_FIELD = 'request';

/** A database error caused by a value the client sent, as the 400 it is; null for any other error. */
export function databaseInputError(error: unknown): DomainError | null {
  const code = postgresCodeOf(error);
  const problem = code === undefined ? undefined : INPUT_PROBLEMS[code];
  if (problem === undefined) return null;
  const { column } = (error as QueryFailedError).driverError as { column?: string };
  return DomainError.invalidField(column ?? UNKNOWN_FIELD, problem);
}
