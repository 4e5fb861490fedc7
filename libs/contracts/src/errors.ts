/** Machine-readable error codes: the same codes come back in HTTP bodies and socket acks. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  /** A write to an archived board, its tasks, comments, reports or reminders (HTTP 403): restore it first. */
  'board_archived',
  'not_found',
  'version_conflict',
  'already_exists',
  /** Deleting a department that tasks or users still have (HTTP 409): archive it instead. */
  'department_in_use',
  /** Too many attempts or messages: HTTP 429 with Retry-After; in socket acks, `retryAfterMs`. */
  'rate_limited',
  /** A file over the size limit of a file or of the board's files (HTTP 413); the message names the limit. */
  'payload_too_large',
  /** A file whose bytes are not of an allowed type (HTTP 415). */
  'unsupported_media_type',
  /** A socket handshake without the server's `PROTOCOL_VERSION`: the client must reload. */
  'protocol_mismatch',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

/** The JSON body of every error response. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: ErrorCode;
  details?: FieldError[];
  /** On 429: seconds until a new attempt may succeed (also the Retry-After header). */
  retryAfterSeconds?: number;
  /** On 409 version conflicts: the task as it is now. */
  current?: unknown;
}
