import type { ErrorCode, FieldError } from '@duban/contracts';

/** An error that is part of the API: it has a code, a message a person can act on, and optionally the field. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** The current state of the thing, e.g. the task on a version conflict. */
    readonly current?: unknown,
  ) {
    super(message);
  }

  static invalidField(field: string, message: string): DomainError {
    return new DomainError('validation_failed', `${field}: ${message}`, [{ field, message }]);
  }

  static forbidden(message: string): DomainError {
    return new DomainError('forbidden', message);
  }

  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what} not found`);
  }

  /** A change to an archived board, which is read-only until restored. */
  static boardArchived(): DomainError {
    return new DomainError(
      'board_archived',
      'This board is archived and read-only: a supervisor or administrator must restore it first',
    );
  }

  static conflict(message: string, current: unknown): DomainError {
    return new DomainError('version_conflict', message, undefined, current);
  }
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'protocol_mismatch':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
    case 'board_archived':
      return 403;
    case 'not_found':
      return 404;
    case 'version_conflict':
    case 'already_exists':
    case 'department_in_use':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'internal_error':
      return 500;
  }
}
