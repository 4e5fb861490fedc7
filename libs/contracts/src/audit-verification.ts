/**
 * `GET /api/boards/:boardId/audit/verify`: whether the board's event log is intact. Each event stores a
 * SHA-256 over its content and the previous event's hash, so an edited, deleted or reordered event breaks
 * the chain from there on.
 */
export interface AuditVerification {
  /** The chain is intact and every stored file matches the hash its `attachment.added` event records. */
  ok: boolean;
  /** Events found intact from seq 1 on; when the chain is broken, those before `firstBrokenSeq`. */
  checked: number;
  /** The first seq that is missing, or whose content or link to the previous event does not match. */
  firstBrokenSeq?: number;
  /**
   * The hash of the last intact event: a fingerprint of the whole log up to it. Written down outside
   * Duban (in the minutes, a report), it also exposes a log rewritten and re-hashed from start to end.
   */
  headHash: string;
  /** The board's stored evidence files, each read through and hashed against its recorded SHA-256. */
  files: FilesVerification;
}

/** What the hash chain alone says (the verification before the files are read). */
export type ChainVerification = Omit<AuditVerification, 'files'>;

export interface FilesVerification {
  checked: number;
  /** The files whose bytes no longer match (or that have no record of being added), by name. */
  mismatched: MismatchedFile[];
}

export interface MismatchedFile {
  id: string;
  name: string;
  /** From the `attachment.added` event; null when the log has no such event. */
  recordedSha256: string | null;
  /** Of the bytes stored now. */
  storedSha256: string;
}
