import { ATTACHMENT_FILE_FIELD, CLOSED_READ_ONLY, SUBMISSION_FROZEN } from '@duban/contracts';
import { ApiError } from '../api/api-client';

/** Why an upload failed, in terms the UI can say in the reader's language. */
export type UploadProblem =
  /** Over the size limit of one file, or of all the board's files; `limit` as the server wrote it ("25.0 MB"). */
  | { kind: 'tooLarge'; limit: string | null }
  | { kind: 'boardFull'; limit: string | null }
  | { kind: 'unsupportedType' }
  | { kind: 'submitted' }
  | { kind: 'closed' }
  | { kind: 'network' }
  /** Anything else: the API's own message. */
  | { kind: 'other'; message: string };

const FIELD_PREFIX = `${ATTACHMENT_FILE_FIELD}: `;

export function uploadProblem(error: unknown): UploadProblem {
  if (!(error instanceof ApiError)) return { kind: 'network' };
  const message = error.message.startsWith(FIELD_PREFIX)
    ? error.message.slice(FIELD_PREFIX.length)
    : error.message;
  if (error.status === 0) return { kind: 'network' };
  if (error.status === 413 || error.code === 'payload_too_large') {
    const limit = /at most ([\d.]+ [KMG]?B)/.exec(message)?.[1] ?? null;
    return /board/i.test(message) ? { kind: 'boardFull', limit } : { kind: 'tooLarge', limit };
  }
  if (error.status === 415 || error.code === 'unsupported_media_type') return { kind: 'unsupportedType' };
  if (error.status === 403 && message === SUBMISSION_FROZEN) return { kind: 'submitted' };
  if (error.status === 403 && message === CLOSED_READ_ONLY) return { kind: 'closed' };
  return { kind: 'other', message };
}

/** Why the task's files cannot change now, as a key of the `attachments` namespace; null when they may. */
export function frozenReasonKey(refusal: string | null): 'frozen.submitted' | 'frozen.closed' | null {
  if (refusal === null) return null;
  return refusal === CLOSED_READ_ONLY ? 'frozen.closed' : 'frozen.submitted';
}
